package org.launchledger.contribute;

import jakarta.ws.rs.core.NewCookie;
import java.util.Arrays;
import java.util.Set;
import org.launchledger.web.Language;
import org.launchledger.web.Messages;

/**
 * A one-time message after a post/redirect/get ("Account created"): carried in a short-lived
 * cookie as a kind and its arguments (never as text), shown once by the page redirected to, then
 * cleared. Only known kinds with plain arguments are read back, so a forged cookie shows nothing.
 */
public final class Flash {

    /** The cookie's name. */
    public static final String COOKIE = "ledger-flash";
    /** The messages a flash can say: {@code accounts.flash.<kind>}. */
    static final Set<String> KINDS = Set.of("signed-up", "role-changed", "mission-saved", "mission-proposed",
            "person-saved", "person-proposed", "review-approved", "review-rejected", "review-conflict",
            "vehicle-saved", "stand-down-saved", "stand-down-deleted", "reverted", "imported");
    private static final String ARGUMENT = "[a-z0-9._-]{1,80}";
    private static final int MAX_AGE_SECONDS = 60;

    private Flash() {
    }

    /** The cookie that carries {@code kind} with its arguments to the next page. */
    public static NewCookie set(String kind, String... arguments) {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown flash " + kind);
        }
        return cookie(kind + (arguments.length == 0 ? "" : ":" + String.join(":", arguments)), MAX_AGE_SECONDS);
    }

    /** The cookie that removes the flash once shown. */
    public static NewCookie clear() {
        return cookie("", 0);
    }

    /** The message a cookie value carries, in {@code language}; null when there is none or it is not ours. */
    public static String text(String value, Language language) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.split(":");
        if (!KINDS.contains(parts[0])) {
            return null;
        }
        Object[] arguments = Arrays.copyOfRange(parts, 1, parts.length);
        if (!Arrays.stream(arguments).allMatch(a -> ((String) a).matches(ARGUMENT))) {
            return null;
        }
        return Messages.text(language, "accounts.flash." + parts[0], arguments);
    }

    private static NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(COOKIE).value(value).path("/").maxAge(maxAge).httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).build();
    }
}
