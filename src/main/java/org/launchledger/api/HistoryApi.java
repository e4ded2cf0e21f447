package org.launchledger.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.launchledger.contribute.ChangeHistory;
import org.launchledger.history.Mission;
import org.launchledger.web.NotFoundProblem;

/**
 * A mission's change history as JSON: every applied change (who, when, each changed field before
 * and after), read by anyone; and an editor's revert to an earlier revision. Beside
 * {@link MissionApi} under the same path, so the two can change apart; a person's is
 * {@link PersonHistoryApi}.
 */
@Path("/api/missions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "history", description = "Applied changes, newest first, and reverts")
public class HistoryApi {

    @Inject
    SecurityIdentity identity;
    @Inject
    ChangeHistory history;

    /**
     * One revision on the wire.
     *
     * @param at the instant of the change, ISO-8601 UTC
     * @param kind loaded (the data as first loaded), created, changed or deleted
     * @param revertedTo for a revert, the revision it put back; else absent (null)
     */
    public record RevisionJson(long revision, String at, String by, String kind, Long revertedTo,
                               List<ChangeHistory.FieldChange> changes) {

        static RevisionJson of(ChangeHistory.Entry e) {
            return new RevisionJson(e.revision(), e.at().toString(), e.by(), e.kind(), e.revertedTo(), e.changes());
        }
    }

    @GET
    @Path("{slug}/history")
    @Operation(operationId = "missionHistory", summary = "A mission's applied changes, newest first",
            description = "Each revision: number, at (UTC), by (account), kind (loaded, created, changed, deleted), "
                    + "changes [{field, before, after}] with readable values (dates at their precision, "
                    + "vehicle by slug, crew as \"person-slug (role, flight home)\"). The oldest is the data as loaded.")
    public List<RevisionJson> missionHistory(@RestPath String slug) {
        return history.ofMission(mission(slug)).stream().map(RevisionJson::of).toList();
    }

    @POST
    @Path("{slug}/revert/{revision}")
    @Transactional
    @Operation(operationId = "revertMission", summary = "Put a mission back as it stood after one of its revisions",
            description = "Editors and admins: 200 with the mission; the revert is a new revision. Anonymous: 401; "
                    + "contributors: 403; a revision not in the mission's history: 404; a state that breaks a rule "
                    + "now (a person deleted since): 422 with errors [{field, message}].")
    public MissionJson revert(@RestPath String slug, @RestPath long revision) {
        Writer.reviewer(identity);
        return MissionJson.of(history.revert(mission(slug), revision));
    }

    private static Mission mission(String slug) {
        return Mission.findBySlug(slug).orElseThrow(() -> new NotFoundProblem("mission", slug));
    }
}
