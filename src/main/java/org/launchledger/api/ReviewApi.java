package org.launchledger.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.launchledger.contribute.MissionChanges;
import org.launchledger.contribute.MissionWrite;
import org.launchledger.contribute.PendingChange;
import org.launchledger.contribute.PersonChanges;
import org.launchledger.contribute.PersonWrite;
import org.launchledger.history.Mission;
import org.launchledger.history.Person;
import org.launchledger.web.ConflictProblem;
import org.launchledger.web.InvalidInputException;
import org.launchledger.web.NotFoundProblem;

/**
 * The review queue as JSON: editors and admins list the changes contributors proposed and approve
 * (apply) or reject them; contributors follow their own.
 */
@Path("/api/review")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewApi {

    @Inject
    SecurityIdentity identity;
    @Inject
    MissionChanges changes;
    @Inject
    PersonChanges personChanges;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    /** A reviewer's reason for turning a change down. */
    public record Rejection(String comment) {
    }

    @GET
    @Operation(summary = "Changes waiting for review, oldest first (editors and admins)")
    public List<ChangeJson> waiting() {
        Writer.reviewer(identity);
        return PendingChange.waiting().stream().map(c -> ChangeJson.of(c, json)).toList();
    }

    @GET
    @Path("mine")
    @Operation(summary = "The signed-in account's proposed changes, whatever their state, newest first")
    public List<ChangeJson> mine() {
        Writer writer = Writer.of(identity);
        return PendingChange.byAuthor(writer.name()).stream().map(c -> ChangeJson.of(c, json)).toList();
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    // A conflict is recorded on the change, so it must commit while the 409 goes out.
    @Transactional(dontRollbackOn = ConflictProblem.class)
    @Operation(summary = "Apply a proposed change (editors and admins)",
            description = "409, and the change marked 'conflict', when the mission changed after the proposal.")
    public ChangeJson approve(@RestPath String id) {
        Writer reviewer = Writer.reviewer(identity);
        PendingChange change = waitingChange(id);
        if (change.kind.startsWith("person.")) {
            applyPerson(change, reviewer);
            change.decide(PendingChange.APPROVED, reviewer.name(), null, clock.instant());
            return ChangeJson.of(change, json);
        }
        MissionWrite write = read(change.payload);
        if (change.kind.equals(PendingChange.CREATE_MISSION)) {
            if (Mission.count("slug", change.targetSlug) > 0) {
                throw conflict(change, reviewer, new ConflictProblem("contribute.conflict-exists", change.id,
                        change.targetSlug));
            }
            changes.create(changes.check(write, null));
        } else {
            Mission mission = Mission.findBySlug(change.targetSlug).orElse(null);
            if (mission == null || mission.version != change.baseVersion) {
                throw conflict(change, reviewer, new ConflictProblem("contribute.conflict", change.id,
                        change.targetSlug, change.baseVersion));
            }
            changes.update(mission, change.baseVersion, changes.check(write, mission));
        }
        change.decide(PendingChange.APPROVED, reviewer.name(), null, clock.instant());
        return ChangeJson.of(change, json);
    }

    private void applyPerson(PendingChange change, Writer reviewer) {
        PersonWrite write = read(change.payload, PersonWrite.class);
        if (change.kind.equals(PendingChange.CREATE_PERSON)) {
            if (Person.count("slug", change.targetSlug) > 0) {
                throw conflict(change, reviewer, new ConflictProblem("contribute.person-conflict-exists", change.id,
                        change.targetSlug));
            }
            personChanges.create(personChanges.check(write, null));
        } else {
            Person person = Person.findBySlug(change.targetSlug).orElse(null);
            if (person == null || person.version != change.baseVersion) {
                throw conflict(change, reviewer, new ConflictProblem("contribute.person-conflict", change.id,
                        change.targetSlug, change.baseVersion));
            }
            personChanges.update(person, change.baseVersion, personChanges.check(write, person));
        }
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Turn a proposed change down, with a comment (editors and admins)")
    public ChangeJson reject(@RestPath String id, Rejection rejection) {
        Writer reviewer = Writer.reviewer(identity);
        PendingChange change = waitingChange(id);
        if (rejection == null || rejection.comment() == null || rejection.comment().isBlank()) {
            throw new InvalidInputException(List.of(new InvalidInputException.Violation("comment", "required")));
        }
        if (rejection.comment().length() > 2000) {
            throw new InvalidInputException(List.of(new InvalidInputException.Violation("comment", "max-length", 2000)));
        }
        change.decide(PendingChange.REJECTED, reviewer.name(), rejection.comment(), clock.instant());
        return ChangeJson.of(change, json);
    }

    private static PendingChange waitingChange(String id) {
        PendingChange change = id.matches("\\d{1,18}") ? PendingChange.findById(Long.valueOf(id)) : null;
        if (change == null) {
            throw new NotFoundProblem("change", id);
        }
        if (!change.status.equals(PendingChange.PENDING)) {
            throw new ConflictProblem("contribute.decided", change.id, change.status);
        }
        return change;
    }

    private ConflictProblem conflict(PendingChange change, Writer reviewer, ConflictProblem problem) {
        change.decide(PendingChange.CONFLICT, reviewer.name(), null, clock.instant());
        return problem;
    }

    private <T> T read(String payload, Class<T> type) {
        try {
            return json.readValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored change is not a " + type.getSimpleName(), e);
        }
    }

    private MissionWrite read(String payload) {
        try {
            return json.readValue(payload, MissionWrite.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored change is not a mission", e);
        }
    }
}
