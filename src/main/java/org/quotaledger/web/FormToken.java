package org.quotaledger.web;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The CSRF token for the hidden field every form carries ({@code {#csrf /}}, templates/tags/csrf.html).
 * quarkus-rest-csrf's own {@code inject:csrf} throws where its filter did not run (a page rendered for a
 * refused form, or for an unmatched path); a form rendered there gets an empty token, which is simply refused.
 */
@RequestScoped
@Named("formToken")
public class FormToken {

    @Inject
    CsrfTokenParameterProvider csrf;

    public String name() {
        return csrf.getParameterName();
    }

    public String value() {
        try {
            return csrf.getToken();
        } catch (IllegalStateException noTokenHere) {
            return "";
        }
    }
}
