package org.quotaledger.web;

/** Also thrown for records the caller may not see, so a foreign id is never confirmed to exist. */
public class NotFound extends DomainException {
    public NotFound(String what, Object id) {
        super("No " + what + " " + id + " that you can see.");
    }

    /** For something that does not exist here at all, rather than a record hidden from the caller. */
    public NotFound(String message) {
        super(message);
    }

    @Override public int status() { return 404; }

    @Override public String title() { return "Not found"; }
}
