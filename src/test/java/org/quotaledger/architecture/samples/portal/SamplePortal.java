package org.quotaledger.architecture.samples.portal;

/** A composing page. */
public class SamplePortal {
}
