package org.quotaledger.web;

/** The caller is known and may see the record, but not do this to it (a regulator editing, say). */
public class Forbidden extends DomainException {
    public Forbidden(String message) {
        super(message);
    }

    @Override public int status() { return 403; }

    @Override public String title() { return "Forbidden"; }
}
