package org.quotaledger.architecture.samples.facility;

import org.quotaledger.architecture.samples.portal.SamplePortal;

/** A feature that calls up into the composing pages. */
public class SampleFacility {
    SamplePortal page;
}
