package org.quotaledger.architecture.samples.rules;

import org.quotaledger.architecture.samples.quota.SampleQuota;

/** ...and rules reads quota's record back: the quota/rules cycle the document package broke. */
public class SampleRule {
    SampleQuota checked;
}
