package org.launchledger.contribute;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.launchledger.web.InvalidInputException;
import org.launchledger.web.InvalidInputException.Violation;

/**
 * What the contribution forms share: who is writing (editors and admins apply changes, others
 * propose them), how a proposal is stored, and the answers a form post gets.
 */
abstract class ContributionPages {

    @Inject
    SecurityIdentity identity;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    /** Whether the signed-in account applies its changes at once. */
    boolean reviews() {
        return identity.hasRole(Role.EDITOR) || identity.hasRole(Role.ADMIN);
    }

    /** Stores a checked write as a proposal of the signed-in account and sends them to their changes. */
    Response propose(String kind, String slug, Object write, Long baseVersion, String flash) {
        PendingChange.store(json, kind, slug, write, identity.getPrincipal().getName(), baseVersion, clock.instant());
        return redirect("/review/mine", Flash.set(flash, slug));
    }

    /** Post/redirect/get: a 303 to {@code path} carrying a one-time message. */
    static Response redirect(String path, NewCookie flash) {
        return Response.seeOther(URI.create(path)).cookie(flash).build();
    }

    /** The form page again, with {@code status} (422 for broken rules, 409 for a stale version). */
    static Response again(int status, TemplateInstance page) {
        return Response.status(status).entity(page).type(MediaType.TEXT_HTML).build();
    }

    /** Runs a check, adding what it finds to {@code violations}; its result, or null when it failed. */
    static <T> T collect(java.util.function.Supplier<T> check, List<Violation> violations) {
        try {
            return check.get();
        } catch (InvalidInputException e) {
            violations.addAll(e.violations);
            return null;
        }
    }
}
