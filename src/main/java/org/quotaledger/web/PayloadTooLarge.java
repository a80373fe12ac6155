package org.quotaledger.web;

public class PayloadTooLarge extends DomainException {
    public PayloadTooLarge(long limitBytes) {
        super("The upload is larger than the " + (limitBytes / 1024) + " KiB this endpoint accepts.");
    }

    @Override public int status() { return 413; }

    @Override public String title() { return "Upload too large"; }
}
