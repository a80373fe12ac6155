package org.quotaledger.audit.packet;

import org.quotaledger.web.DomainException;

/** A packet the verifier will not read, with the status that says why (413 for one beyond its limits). */
final class PacketRefused extends DomainException {

    private final int status;
    private final String title;

    PacketRefused(int status, String title, String message) {
        super(message);
        this.status = status;
        this.title = title;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }
}
