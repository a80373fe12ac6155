package org.quotaledger.architecture.samples.quota;

import org.quotaledger.architecture.samples.rules.SampleRule;

/** Half of the sample cycle: quota asks rules to check it... */
public class SampleQuota {
    SampleRule rule;
}
