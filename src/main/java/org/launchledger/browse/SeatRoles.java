package org.launchledger.browse;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.util.Locale;
import org.launchledger.history.CrewSeat;
import org.launchledger.web.Language;
import org.launchledger.web.MessageExtensions;
import org.launchledger.web.Messages;

/**
 * A seat's role in the page's language ({@code {seat.roleName}}: "Flight Engineer" / "Inginer de
 * zbor"); a role the message files do not name is shown as the data writes it.
 */
public final class SeatRoles {

    private SeatRoles() {
    }

    @TemplateExtension
    static String roleName(CrewSeat seat, @TemplateAttribute("locale") Object locale) {
        Language language = locale instanceof Locale l ? Language.of(l) : MessageExtensions.current();
        return of(seat.role, language);
    }

    /** The role's name in {@code language}; the role itself when no message names it. */
    public static String of(String role, Language language) {
        if (role == null || role.isBlank()) {
            return "";
        }
        String key = "people.role." + role.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return Messages.keys(language).contains(key) ? Messages.text(language, key) : role;
    }
}
