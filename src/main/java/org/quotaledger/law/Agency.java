package org.quotaledger.law;

/** The agency that enforces the law and takes complaints. */
public record Agency(String name, String url) {
}
