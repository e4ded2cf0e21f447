package org.launchledger.contribute;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.launchledger.history.Mission;
import org.launchledger.web.InvalidInputException;
import org.launchledger.web.MessageExtensions;
import org.launchledger.web.NotFoundProblem;

/**
 * The change history of a mission or a person as a page: each revision with who and when and a
 * before/after table per changed field. Editors and admins may put a mission back as it stood
 * after an earlier revision (post/redirect/get, with a one-time message). A person's history is
 * {@link PersonHistoryPage}; both share one template.
 */
@Path("/missions")
@Produces(MediaType.TEXT_HTML)
public class HistoryPages {

    /**
     * What a history page shows.
     *
     * @param name the mission's designation or the person's name
     * @param page the record's own page
     * @param revert the mission slug the revert buttons name; null where no revert is offered
     * @param errors the rules a failed revert broke, in the reader's language; empty otherwise
     */
    public record View(String name, String page, List<ChangeHistory.Entry> entries, String revert,
                       List<String> errors) {

        /** Nothing changed since the data was first loaded. */
        public boolean unchanged() {
            return ChangeHistory.unchanged(entries);
        }
    }

    @CheckedTemplate(basePath = "contribute")
    static class Templates {
        static native TemplateInstance history(View view);
    }

    @Inject
    ChangeHistory history;
    @Inject
    SecurityIdentity identity;

    @GET
    @Path("{slug}/history")
    public TemplateInstance missionHistory(@RestPath String slug) {
        return missionPage(mission(slug), List.of());
    }

    /**
     * Puts the mission back as it stood after {@code revision}, then back to its history with a
     * one-time message. A revision not in its history is a 404; a state that breaks a rule now
     * re-renders the history with every broken rule (422), nothing stored.
     */
    @POST
    @Path("{slug}/history/revert")
    @RolesAllowed({Role.EDITOR, Role.ADMIN})
    @Transactional
    public Response revert(@RestPath String slug, @RestForm String revision) {
        Mission mission = mission(slug);
        long number = revisionNumber(revision);
        try {
            history.revert(mission, number);
        } catch (InvalidInputException e) {
            // The rules are checked before anything is written: there is nothing to undo.
            List<String> errors = e.violations.stream().map(v -> v.message(MessageExtensions.current())).toList();
            return Response.status(422).entity(missionPage(mission, errors)).build();
        }
        return Response.seeOther(URI.create("/missions/" + mission.slug + "/history"))
                .cookie(Flash.set("reverted", Long.toString(number))).build();
    }

    private TemplateInstance missionPage(Mission mission, List<String> errors) {
        boolean reviews = !identity.isAnonymous() && (identity.hasRole(Role.EDITOR) || identity.hasRole(Role.ADMIN));
        return Templates.history(new View(mission.designation, "/missions/" + mission.slug, history.ofMission(mission),
                reviews ? mission.slug : null, errors));
    }

    /** A revision number as a form or query sent it; 404 when it is none. */
    static long revisionNumber(String revision) {
        try {
            return Long.parseLong(revision == null ? "" : revision.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundProblem("revision", revision == null ? "" : revision);
        }
    }

    private static Mission mission(String slug) {
        return Mission.findBySlug(slug).orElseThrow(() -> new NotFoundProblem("mission", slug));
    }
}
