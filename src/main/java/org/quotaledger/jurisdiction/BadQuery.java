package org.quotaledger.jurisdiction;

import org.quotaledger.web.DomainException;
import org.quotaledger.web.Problem;

import java.util.List;

/** A query parameter that is missing or cannot be read: 400, naming each parameter. */
class BadQuery extends DomainException {

    BadQuery(List<Problem.FieldError> errors) {
        super("The query cannot be answered: " + String.join("; ", errors.stream()
                .map(e -> e.field() + " " + e.message()).toList()) + ".", errors);
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String title() {
        return "Bad request";
    }
}
