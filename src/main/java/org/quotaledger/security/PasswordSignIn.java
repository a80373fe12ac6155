package org.quotaledger.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.jpa.runtime.JpaIdentityProvider;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.quotaledger.web.FormPosts;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Every password check, by the login form and by HTTP Basic alike, goes through here before quarkus-security-jpa's
 * bcrypt comparison: a sign-in form must carry its CSRF token, an account or address with too many recent failures
 * is refused without looking at the password, and each wrong password is counted and audited
 * ({@link LoginThrottle}).
 */
@ApplicationScoped
public class PasswordSignIn implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final String FORM_LOGIN_PATH = "/j_security_check";

    @Inject
    JpaIdentityProvider passwords;

    @Inject
    SessionFactory sessions;

    @Inject
    LoginThrottle throttle;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
    String csrfCookie;

    @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token")
    String csrfField;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /**
     * Ahead of quarkus-security-jpa's provider, which has the default priority (1001; higher goes first) and so never
     * sees a request on its own.
     */
    @Override
    public int priority() {
        return 2 * SYSTEM_FIRST;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        boolean form = http != null && http.request().path().endsWith(FORM_LOGIN_PATH);
        if (form && !fromOurLoginPage(http)) {
            return Uni.createFrom().failure(new AuthenticationFailedException(new SignInRefused.ForeignForm()));
        }
        String username = request.getUsername();
        String address = address(http);
        String via = form ? "form" : "basic";
        Uni<SecurityIdentity> checked = context.runBlocking(() -> {
            LoginThrottle.Standing standing = throttle.standing(username, address);
            if (standing.refused()) {
                throw new AuthenticationFailedException(new SignInRefused.Throttled(standing.retryAfterSeconds()));
            }
            SecurityIdentity identity;
            try {
                identity = checkPassword(request);
            } catch (AuthenticationFailedException wrong) {
                throttle.failed(username, address, via, standing);
                throw wrong;
            }
            if (standing.accountFailures() > 0) {
                throttle.succeeded(username);
            }
            return identity;
        });
        // Wrong or throttled, the person comes back to the login page and should not have to type their username again.
        return form ? checked.onFailure().invoke(() -> TypedUsername.remember(http, username)) : checked;
    }

    /**
     * quarkus-security-jpa's lookup and bcrypt comparison, called the way its own provider calls it, but on this
     * worker thread: going through its non-blocking entry point would park this thread waiting for another one.
     */
    private SecurityIdentity checkPassword(UsernamePasswordAuthenticationRequest request) {
        try (Session session = sessions.openSession()) {
            session.setHibernateFlushMode(FlushMode.MANUAL);
            session.setDefaultReadOnly(true);
            SecurityIdentity identity = passwords.authenticate(session, request);
            if (identity == null) {
                throw new AuthenticationFailedException();
            }
            return identity;
        } catch (AuthenticationFailedException wrong) {
            throw wrong;
        } catch (SecurityException wrong) {
            throw new AuthenticationFailedException(wrong);
        }
    }

    /**
     * The login form is posted to Quarkus' own handler, which no REST filter sees, so its CSRF token is checked here,
     * where the form has been read: the hidden field must match the cookie the login page set.
     */
    private boolean fromOurLoginPage(RoutingContext http) {
        if (FormPosts.sentByAnotherSite(http.request().getHeader("Sec-Fetch-Site"))) {
            return false;
        }
        Cookie cookie = http.request().getCookie(csrfCookie);
        String field = http.request().getFormAttribute(csrfField);
        return cookie != null && field != null && !field.isEmpty() && MessageDigest.isEqual(
                cookie.getValue().getBytes(StandardCharsets.UTF_8), field.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The client's address as the throttle counts it. IPv6 clients get a whole /64 each, so rotating through
     * one's own subnet does not reset the count. Behind a proxy this is the proxy's address unless Quarkus is
     * told to trust its forwarding headers (README).
     */
    static String address(RoutingContext http) {
        if (http == null || http.request().remoteAddress() == null || http.request().remoteAddress().hostAddress() == null) {
            return "unknown";
        }
        String host = http.request().remoteAddress().hostAddress();
        try {
            InetAddress parsed = InetAddress.getByName(host); // a literal address: no name lookup
            if (parsed instanceof Inet6Address v6) {
                byte[] bytes = v6.getAddress();
                java.util.Arrays.fill(bytes, 8, 16, (byte) 0);
                return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return host;
        }
    }
}
