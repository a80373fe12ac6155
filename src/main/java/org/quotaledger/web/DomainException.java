package org.quotaledger.web;

import java.util.List;

/**
 * A failure the user can act on. The message is written for the user and becomes the problem's
 * detail; subclasses fix the HTTP status so resources never pick one by hand.
 */
public abstract class DomainException extends RuntimeException {

    private final List<Problem.FieldError> errors;

    protected DomainException(String message) {
        this(message, List.of());
    }

    protected DomainException(String message, List<Problem.FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public abstract int status();

    public abstract String title();

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
