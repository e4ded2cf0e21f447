package org.launchledger.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.launchledger.contribute.MissionChanges;
import org.launchledger.contribute.MissionWrite;
import org.launchledger.contribute.PendingChange;
import org.launchledger.web.ConflictProblem;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.launchledger.history.Mission;
import org.launchledger.history.MissionQuery;
import org.launchledger.history.Page;
import org.launchledger.web.MissionFilters;
import org.launchledger.web.NotFoundProblem;
import org.launchledger.web.PastTheEndProblem;

/**
 * Missions as JSON: read by anyone; written by signed-in accounts (HTTP Basic or the session) with
 * an {@code application/json} body. An editor's or admin's write applies at once; a
 * contributor's waits for review ({@link ReviewApi}).
 */
@Path("/api/missions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "missions", description = "Crewed missions to the ISS, and changes to them")
public class MissionApi {

    @Inject
    SecurityIdentity identity;
    @Inject
    MissionChanges changes;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    @GET
    @Operation(operationId = "listMissions", summary = "Crewed ISS missions in launch order, filtered and paginated",
            description = "page from 0 (past the last page: 404); size 1-500 (default 50); vehicle (slug, repeatable); year; "
                    + "from/to (a year or YYYY-MM-DD; a year is its first day for from, its last for to); "
                    + "country (ISO alpha-2); outcome; q (designation, spacecraft or crew name); sort launch|duration|crew")
    public Page<MissionJson> list(@RestQuery String page, @RestQuery String size, @RestQuery List<String> vehicle,
                                  @RestQuery String year, @RestQuery String from, @RestQuery String to,
                                  @RestQuery String country, @RestQuery String outcome, @RestQuery String q,
                                  @RestQuery String sort) {
        MissionQuery query = MissionFilters.read(page, size, vehicle, year, from, to, country, outcome, q, sort);
        return PastTheEndProblem.check(query.run()).map(MissionJson::of);
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getMission", summary = "One mission with its crew and sources",
            description = "Instants in UTC at their stored precision (day, minute or second). Unknown slug: 404;"
                    + " a renamed one: 301 to the current address.")
    public MissionJson get(@RestPath String slug) {
        return Mission.findBySlug(slug).map(MissionJson::of).orElseThrow(() -> new NotFoundProblem("mission", slug));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "createMission", summary = "Add a mission",
            description = "Editors and admins: 201 and the mission at Location. Contributors: 202, a change for review. "
                    + "Every broken rule at once: 422 with errors [{field, message}].")
    public Response create(MissionWrite write) {
        Writer writer = Writer.of(identity);
        MissionChanges.Checked checked = changes.check(required(write), null);
        if (!writer.reviews()) {
            return propose(PendingChange.CREATE_MISSION, write.slug(), write, writer, null);
        }
        Mission mission = changes.create(checked);
        // A relative Location, as ErrorResponses gives: never built from the Host header the client sent.
        return Response.status(Response.Status.CREATED).header("Location", "/api/missions/" + mission.slug)
                .entity(MissionJson.of(mission)).build();
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "replaceMission", summary = "Replace a mission",
            description = "The body carries the version read; another version: 409. Contributors: 202, a change for review.")
    public Response replace(@RestPath String slug, MissionWrite write) {
        Writer writer = Writer.of(identity);
        Mission mission = Mission.findBySlug(slug).orElseThrow(() -> new NotFoundProblem("mission", slug));
        MissionChanges.Checked checked = changes.check(required(write), mission);
        if (!writer.reviews()) {
            if (mission.version != write.version()) {
                throw new ConflictProblem("contribute.stale", mission.slug, write.version(), mission.version);
            }
            return propose(PendingChange.UPDATE_MISSION, slug, write, writer, write.version());
        }
        return Response.ok(MissionJson.of(changes.update(mission, write.version(), checked))).build();
    }

    @DELETE
    @Path("{slug}")
    @Transactional
    @Operation(operationId = "deleteMission", summary = "Delete a mission (editors and admins)",
            description = "204 when deleted. Anonymous: 401; contributors: 403. Unknown slug: 404.")
    public Response delete(@RestPath String slug) {
        Writer.reviewer(identity);
        changes.delete(Mission.findBySlug(slug).orElseThrow(() -> new NotFoundProblem("mission", slug)));
        return Response.noContent().build();
    }

    private Response propose(String kind, String slug, MissionWrite write, Writer writer, Long baseVersion) {
        return Proposals.propose(json, clock, kind, slug, write, writer, baseVersion);
    }

    /** An empty body is a bad request, not a mission without fields. */
    static <T> T required(T body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return body;
    }
}
