package org.quotaledger.testing;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Page forms posted as a signed-in browser posts them (its cookies and CSRF token), and audit events read back. */
public final class Forms {

    private Forms() {
    }

    /** Posts a form; {@code fields} values may be a String or a List of Strings (repeated fields, ticked boxes). */
    public static Response post(CookieFilter browser, String path, Map<String, ?> fields) {
        var request = given().filter(browser).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam(Fixtures.CSRF_FIELD, Fixtures.csrfToken(browser));
        for (var field : fields.entrySet()) {
            if (field.getValue() instanceof List<?> values) {
                request.formParam(field.getKey(), values.toArray());
            } else {
                request.formParam(field.getKey(), field.getValue());
            }
        }
        return request.when().post(path);
    }

    /** The id of a record a form created, read from the redirect to its page ({@code /users/12?done=created}). */
    public static long idFrom(Response redirect, String prefix) {
        String location = redirect.getHeader("Location");
        String path = location.substring(location.indexOf(prefix) + prefix.length());
        return Long.parseLong(path.replaceAll("[^0-9].*$", ""));
    }

    /** The audit events of one record, by action, oldest first: "action|actor|after". */
    public static List<String> auditEvents(String entityType, long entityId) {
        try (var c = OwnerDatabase.connect(); var s = c.prepareStatement(
                "select action, actor, coalesce(after_json, '') from audit_event where entity_type = ? and entity_id = ? order by seq")) {
            s.setString(1, entityType);
            s.setString(2, String.valueOf(entityId));
            var rows = s.executeQuery();
            var events = new java.util.ArrayList<String>();
            while (rows.next()) {
                events.add(rows.getString(1) + "|" + rows.getString(2) + "|" + rows.getString(3));
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
