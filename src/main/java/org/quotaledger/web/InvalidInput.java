package org.quotaledger.web;

import java.util.List;

/** Input that is well-formed but wrong: a bad CSV line, a role code that does not exist. */
public class InvalidInput extends DomainException {
    private final int status;

    public InvalidInput(String message) {
        this(message, List.of());
    }

    public InvalidInput(String message, List<Problem.FieldError> errors) {
        this(422, message, errors);
    }

    private InvalidInput(int status, String message, List<Problem.FieldError> errors) {
        super(message, errors);
        this.status = status;
    }

    /** A query or path parameter the request cannot be served with: 400, naming the parameter. */
    public static InvalidInput badParameter(String parameter, String problem, String message) {
        return new InvalidInput(400, message, List.of(Problem.FieldError.field(parameter, problem)));
    }

    /** For input the server cannot even read (not CSV, not a PDF): 400 rather than 422. */
    public static InvalidInput unreadable(String message) {
        return new InvalidInput(400, message, List.of());
    }

    @Override public int status() { return status; }

    @Override public String title() { return status == 400 ? "Bad request" : "Invalid input"; }
}
