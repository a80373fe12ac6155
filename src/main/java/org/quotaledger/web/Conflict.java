package org.quotaledger.web;

/** The request is valid but the current state does not allow it (a duplicate, a lifecycle step out of order). */
public class Conflict extends DomainException {
    public Conflict(String message) {
        super(message);
    }

    @Override public int status() { return 409; }

    @Override public String title() { return "Not allowed in the current state"; }
}
