package org.quotaledger.security;

/**
 * Why a sign-in was refused before its password was looked at. Travels as the cause of the
 * {@link io.quarkus.security.AuthenticationFailedException} that Quarkus' sign-in handling expects (a final
 * class), and {@link LoginProblems} answers it.
 */
public abstract sealed class SignInRefused extends RuntimeException {

    private SignInRefused(String message) {
        super(message, null, false, false);
    }

    /** Too many recent failures for the account or from the address. */
    public static final class Throttled extends SignInRefused {
        private final long retryAfterSeconds;

        public Throttled(long retryAfterSeconds) {
            super("too many failed sign-ins");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        /** Seconds until enough failures have left the window for a new attempt to be considered. */
        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /** A sign-in form that did not come from our own login page: no matching CSRF token, or sent by another site. */
    public static final class ForeignForm extends SignInRefused {
        public ForeignForm() {
            super("sign-in form without a valid token");
        }
    }
}
