package org.quotaledger.architecture.samples.document;

import org.quotaledger.architecture.samples.quota.SampleQuota;

/** A document that knows the feature storing it. */
public class SampleDocument {
    SampleQuota storedAs;
}
