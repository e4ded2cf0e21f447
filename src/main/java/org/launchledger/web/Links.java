package org.launchledger.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The address of the list being shown, to link to the same list with one query parameter changed,
 * so every view keeps its own URL. Works on the raw query as the reader sent it: never decoded
 * here, so the reader's order and encoding are kept and a malformed escape cannot fail the page.
 */
public record Links(String path, String rawQuery) {

    /** The address of the request being answered. */
    public static Links of(HttpServerRequest request) {
        return new Links(request.path(), request.query());
    }

    /** The same, from JAX-RS: the raw path and query, as sent. */
    public static Links of(UriInfo uri) {
        return new Links(uri.getRequestUri().getRawPath(), uri.getRequestUri().getRawQuery());
    }

    /**
     * This address with {@code name} set to {@code value} (removed when null). Changing anything
     * but the page starts again from the first page.
     */
    public String with(String name, String value) {
        List<String> pairs = new ArrayList<>();
        for (String pair : rawQuery == null ? new String[0] : rawQuery.split("&")) {
            String key = pair.split("=", 2)[0];
            if (!pair.isEmpty() && !key.equals(name) && !key.equals("page")) {
                pairs.add(pair);
            }
        }
        boolean firstPage = name.equals("page") && "0".equals(value);
        if (value != null && !firstPage) {
            pairs.add(encode(name) + "=" + encode(value));
        }
        return path + (pairs.isEmpty() ? "" : "?" + String.join("&", pairs));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
