package org.launchledger.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.launchledger.history.Mission;
import org.launchledger.history.MissionQuery;
import org.launchledger.history.Page;
import org.launchledger.web.MissionFilters;
import org.launchledger.web.NotFoundProblem;
import org.launchledger.web.PastTheEndProblem;

@Path("/api/missions")
@Produces(MediaType.APPLICATION_JSON)
public class MissionApi {

    @GET
    @Operation(summary = "Crewed ISS missions in launch order, filtered and paginated",
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
    @Operation(summary = "One mission with its crew and sources")
    public MissionJson get(@RestPath String slug) {
        return Mission.findBySlug(slug).map(MissionJson::of).orElseThrow(() -> new NotFoundProblem("mission", slug));
    }
}
