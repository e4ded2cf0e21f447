package org.launchledger.contribute;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;

/**
 * A reader's cookies across requests, as a browser keeps them: the CSRF token cookie and, once
 * signed in, the session. {@link #form} posts a form with the token its page carried.
 */
final class Session {

    static final String CSRF = "csrf-token";
    static final String SESSION = "ledger-session";

    final Map<String, String> cookies = new HashMap<>();
    String token;

    /** An anonymous reader who has opened a page with a form (so holds a CSRF token). */
    static Session anonymous() {
        Session session = new Session();
        session.get("/signup");
        return session;
    }

    /** A reader signed in as {@code name}. */
    static Session signedIn(String name, String password) {
        Session session = anonymous();
        Response login = session.login(name, password);
        if (login.statusCode() != 302 || session.cookies.get(SESSION) == null
                || login.header("Location").contains("error")) {
            throw new AssertionError("sign-in as " + name + " failed: " + login.statusCode() + " " + login.header("Location"));
        }
        return session;
    }

    RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    Response get(String path) {
        Response response = request().accept("text/html, application/json;q=0.9").get(path);
        keep(response);
        String found = Jsoup.parse(response.asString()).select("input[name=" + CSRF + "]").val();
        if (!found.isEmpty()) {
            token = found;
        }
        return response;
    }

    Response login(String name, String password) {
        Response response = request().contentType("application/x-www-form-urlencoded")
                .formParam("j_username", name).formParam("j_password", password).post("/j_security_check");
        keep(response);
        return response;
    }

    /** Posts a form with this reader's CSRF token. */
    Response form(String path, Map<String, String> fields) {
        RequestSpecification request = request().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam(CSRF, token);
        fields.forEach(request::formParam);
        Response response = request.post(path);
        keep(response);
        return response;
    }

    /** Posts a multipart form with this reader's CSRF token and one CSV file per field (field → its content). */
    Response upload(String path, Map<String, String> files) {
        RequestSpecification request = request().multiPart(CSRF, token);
        files.forEach((field, content) -> request.multiPart(field, field + ".csv",
                content.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv"));
        Response response = request.post(path);
        keep(response);
        return response;
    }

    private void keep(Response response) {
        response.getDetailedCookies().asList().forEach(c -> {
            if (c.getMaxAge() == 0 || c.getValue().isEmpty()) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
    }
}
