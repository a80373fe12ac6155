package org.quotaledger.security;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.NewCookie;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The username a refused login form was sent with, carried to the login page it is redirected to. Not in the URL,
 * which lands in access logs and browser history: in a cookie that only the login page receives, for a minute,
 * which that page clears as it reads. Never the password.
 */
final class TypedUsername {

    static final String COOKIE = "login-username";

    /** Longer than any username the application accepts; a cookie has to stay small. */
    private static final int LONGEST = 200;

    private TypedUsername() {
    }

    static void remember(RoutingContext http, String username) {
        if (username == null || username.isBlank()) {
            return;
        }
        String kept = username.length() > LONGEST ? username.substring(0, LONGEST) : username;
        http.response().addCookie(Cookie.cookie(COOKIE, URLEncoder.encode(kept, StandardCharsets.UTF_8))
                .setPath("/login").setMaxAge(60).setHttpOnly(true).setSameSite(CookieSameSite.STRICT));
    }

    /** The username from the cookie, or null if there is none or it was not written by {@link #remember}. */
    static String read(String cookie) {
        if (cookie == null || cookie.isEmpty()) {
            return null;
        }
        try {
            String username = URLDecoder.decode(cookie, StandardCharsets.UTF_8);
            return username.length() > LONGEST ? null : username;
        } catch (IllegalArgumentException forged) {
            return null;
        }
    }

    static NewCookie cleared() {
        return new NewCookie.Builder(COOKIE).value("").path("/login").maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }
}
