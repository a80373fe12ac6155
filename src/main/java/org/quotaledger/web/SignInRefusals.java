package org.quotaledger.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;

/**
 * Answers a sign-in that was refused before any password was checked (too many failures, a forged login form).
 * The security package implements it: the error mappers here see only a failed authentication and its cause, and
 * must not depend on security, which depends on them.
 */
public interface SignInRefusals {

    /** The answer to an authentication that failed because of {@code cause}, or null if it was no such refusal. */
    Response answer(Throwable cause, HttpServerRequest request);
}
