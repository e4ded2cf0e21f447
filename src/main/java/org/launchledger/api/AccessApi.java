package org.launchledger.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.launchledger.access.AccessHistory;
import org.launchledger.access.Change;
import org.launchledger.timeline.AccessService;

@Path("/api/access")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "access", description = "The crewed-access analysis: who could fly people to the station, and when")
public class AccessApi {

    public record SegmentJson(String from, String to, List<String> countries, List<String> vehicles) {
    }

    /** {@code startedBy}/{@code endedBy}: a mission slug, or "stand-down:{vehicle}:{from}" where no flight marks it. */
    public record EraJson(String country, String from, String to, String startedBy, String endedBy) {
    }

    public record AccessJson(List<SegmentJson> segments, List<EraJson> eras) {
    }

    @Inject
    AccessService service;

    @GET
    @Operation(operationId = "getAccess", summary = "Who could fly crews to the ISS: segments of constant access and sole-access eras",
            description = "Instants are ISO-8601 UTC at their stored precision; 'to' is null while a segment or era lasts.")
    public AccessJson access() {
        AccessHistory history = service.ledger().access();
        return new AccessJson(
                history.segments().stream().map(s -> new SegmentJson(s.from().iso(), MissionJson.iso(s.to()),
                        List.copyOf(s.countries()), List.copyOf(s.vehicles()))).toList(),
                history.eras().stream().map(e -> new EraJson(e.country(), e.from().iso(), MissionJson.iso(e.to()),
                        reference(e.startedBy()), reference(e.endedBy()))).toList());
    }

    private static String reference(Change change) {
        return change == null ? null : change.reference();
    }
}
