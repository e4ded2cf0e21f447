package org.launchledger.browse;

import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Links to the same list with one query parameter changed, so every view keeps its own URL. */
final class Links {

    private Links() {
    }

    /**
     * This request's path and query with {@code name} set to {@code value} (removed when null).
     * Changing anything but the page starts again from the first page.
     */
    static String with(UriInfo uri, String name, String value) {
        List<String> pairs = new ArrayList<>();
        String query = uri.getRequestUri().getRawQuery();
        // The raw query keeps the reader's order and encoding (never decoded here, so a malformed
        // escape cannot fail the page); only the changed pair moves to the end.
        for (String pair : query == null ? new String[0] : query.split("&")) {
            String key = pair.split("=", 2)[0];
            if (!pair.isEmpty() && !key.equals(name) && !key.equals("page")) {
                pairs.add(pair);
            }
        }
        boolean firstPage = name.equals("page") && "0".equals(value);
        if (value != null && !firstPage) {
            pairs.add(encode(name) + "=" + encode(value));
        }
        return uri.getPath() + (pairs.isEmpty() ? "" : "?" + String.join("&", pairs));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
