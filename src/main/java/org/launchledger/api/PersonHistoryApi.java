package org.launchledger.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.launchledger.contribute.ChangeHistory;
import org.launchledger.history.Person;
import org.launchledger.web.NotFoundProblem;

/** A person's change history as JSON, read by anyone: {@link HistoryApi}'s twin, beside {@link PersonApi}. */
@Path("/api/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "history", description = "Applied changes, newest first, and reverts")
public class PersonHistoryApi {

    @Inject
    ChangeHistory history;

    @GET
    @Path("{slug}/history")
    @Operation(operationId = "personHistory", summary = "A person's applied changes, newest first",
            description = "As for missions; alternative names as \"name (kind, source)\".")
    public List<HistoryApi.RevisionJson> personHistory(@RestPath String slug) {
        Person person = Person.findBySlug(slug).orElseThrow(() -> new NotFoundProblem("person", slug));
        return history.ofPerson(person).stream().map(HistoryApi.RevisionJson::of).toList();
    }
}
