package org.launchledger.contribute;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;
import org.launchledger.history.Mission;
import org.launchledger.web.NotFoundProblem;

/**
 * Asks an editor to confirm a revert before it is made: the form that posts it, with its CSRF
 * token. At one fixed address because the token cookie is only made on the addresses listed in
 * {@code quarkus.rest-csrf.create-token-path}, which names paths, not patterns.
 */
@Path("/history/revert")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.EDITOR, Role.ADMIN})
public class RevertPage {

    @CheckedTemplate(basePath = "contribute")
    static class Templates {
        static native TemplateInstance revert(Mission mission, long revision);
    }

    @Inject
    ChangeHistory history;

    /**
     * The confirmation for putting {@code mission} back as it stood after {@code revision}; 404 for
     * an unknown mission or a revision not in its history.
     */
    @GET
    public TemplateInstance confirm(@RestQuery String mission, @RestQuery String revision) {
        String slug = mission == null ? "" : mission;
        Mission found = Mission.findBySlug(slug).orElseThrow(() -> new NotFoundProblem("mission", slug));
        long number = HistoryPages.revisionNumber(revision);
        // Checks the revision belongs to the mission's history (404 otherwise) before offering it.
        history.missionAt(found, number);
        return Templates.revert(found, number);
    }
}
