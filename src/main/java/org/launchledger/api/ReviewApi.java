package org.launchledger.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.launchledger.contribute.PendingChange;
import org.launchledger.contribute.Review;

/**
 * The review queue as JSON: editors and admins list the changes contributors proposed and approve
 * (apply) or reject them through {@link Review}, as the review page does; contributors follow their own.
 */
@Path("/api/review")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "review", description = "Proposed changes from contributors, approved or rejected by editors")
public class ReviewApi {

    @Inject
    SecurityIdentity identity;
    @Inject
    Review review;
    @Inject
    ObjectMapper json;

    /** A reviewer's reason for turning a change down. */
    public record Rejection(String comment) {
    }

    @GET
    @Operation(operationId = "listWaitingChanges", summary = "Changes waiting for review, oldest first (editors and admins)",
            description = "Each proposal with its author, kind, status, payload and the version it was based on. Anonymous: 401; contributors: 403.")
    public List<ChangeJson> waiting() {
        Writer.reviewer(identity);
        return PendingChange.waiting().stream().map(c -> ChangeJson.of(c, json)).toList();
    }

    @GET
    @Path("mine")
    @Operation(operationId = "listMyChanges", summary = "The signed-in account's proposed changes, whatever their state, newest first",
            description = "Waiting, approved, rejected (with the comment) or in conflict. Anonymous: 401.")
    public List<ChangeJson> mine() {
        Writer writer = Writer.of(identity);
        return PendingChange.byAuthor(writer.name()).stream().map(c -> ChangeJson.of(c, json)).toList();
    }

    /** Not transactional itself: {@link Review#approve} commits the conflict mark it answers 409 for. */
    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "approveChange", summary = "Apply a proposed change (editors and admins)",
            description = "409, and the change marked 'conflict', when the mission changed after the proposal.")
    public ChangeJson approve(@RestPath String id) {
        Writer reviewer = Writer.reviewer(identity);
        return ChangeJson.of(review.approve(id, reviewer.name()), json);
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectChange", summary = "Turn a proposed change down, with a comment (editors and admins)",
            description = "Body {comment}, required (a blank one: 422). Anonymous: 401; contributors: 403. Unknown id: 404.")
    public ChangeJson reject(@RestPath String id, Rejection rejection) {
        Writer reviewer = Writer.reviewer(identity);
        return ChangeJson.of(review.reject(id, reviewer.name(), rejection == null ? null : rejection.comment()), json);
    }
}
