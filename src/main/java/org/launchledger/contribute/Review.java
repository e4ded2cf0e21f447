package org.launchledger.contribute;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.launchledger.history.Mission;
import org.launchledger.history.Person;
import org.launchledger.web.ConflictProblem;
import org.launchledger.web.InvalidInputException;
import org.launchledger.web.InvalidInputException.Violation;
import org.launchledger.web.NotFoundProblem;
import org.launchledger.web.NulCharacter;

/**
 * An editor's decision on a proposed change, the one way the JSON API and the review page make
 * it: approving applies the proposal through {@link MissionChanges} or {@link PersonChanges}
 * unless its record changed since (then the change is marked {@code conflict} and nothing is
 * applied); rejecting records the reviewer's comment. Callers check the reviewer's role.
 */
@ApplicationScoped
public class Review {

    /** The longest reviewer's comment, in characters. */
    public static final int COMMENT_MAX = 2000;

    /**
     * Approval found the record changed (or, for a new one, already there) since the proposal:
     * answered 409, and the change stays marked {@code conflict} (its transaction commits).
     */
    public static final class Conflicted extends ConflictProblem {
        Conflicted(String key, Object... arguments) {
            super(key, arguments);
        }
    }

    private final MissionChanges missions;
    private final PersonChanges people;
    private final ObjectMapper json;
    private final Clock clock;

    Review(MissionChanges missions, PersonChanges people, ObjectMapper json, Clock clock) {
        this.missions = missions;
        this.people = people;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Applies change {@code id} and records it approved by {@code reviewer}.
     *
     * @return the decided change
     * @throws NotFoundProblem when there is no such change
     * @throws ConflictProblem when it was decided already
     * @throws Conflicted when its record changed since the proposal; the change is then marked {@code conflict}
     * @throws InvalidInputException when the proposal breaks a rule by now (it stays pending)
     */
    @Transactional(dontRollbackOn = Conflicted.class)
    public PendingChange approve(String id, String reviewer) {
        PendingChange change = waiting(id);
        Optional<Conflicted> conflict = conflict(change);
        if (conflict.isPresent()) {
            change.decide(PendingChange.CONFLICT, reviewer, null, clock.instant());
            throw conflict.get();
        }
        switch (change.kind) {
            case PendingChange.CREATE_MISSION -> missions.create(missions.check(mission(change), null));
            case PendingChange.UPDATE_MISSION -> {
                Mission mission = Mission.findBySlug(change.targetSlug).orElseThrow();
                missions.update(mission, change.baseVersion, missions.check(mission(change), mission));
            }
            case PendingChange.CREATE_PERSON -> people.create(people.check(person(change), null));
            case PendingChange.UPDATE_PERSON -> {
                Person person = Person.findBySlug(change.targetSlug).orElseThrow();
                people.update(person, change.baseVersion, people.check(person(change), person));
            }
            default -> throw new IllegalStateException("a stored change of unknown kind " + change.kind);
        }
        change.decide(PendingChange.APPROVED, reviewer, null, clock.instant());
        return change;
    }

    /**
     * Records change {@code id} rejected by {@code reviewer}, with the reason.
     *
     * @param comment why; required, at most {@link #COMMENT_MAX} characters
     * @return the decided change
     * @throws NotFoundProblem when there is no such change
     * @throws ConflictProblem when it was decided already
     * @throws InvalidInputException naming the field {@code comment} when it is missing, too long
     *         or holds U+0000
     */
    @Transactional
    public PendingChange reject(String id, String reviewer, String comment) {
        PendingChange change = waiting(id);
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException(List.of(new Violation("comment", "required")));
        }
        if (comment.length() > COMMENT_MAX) {
            throw new InvalidInputException(List.of(new Violation("comment", "max-length", COMMENT_MAX)));
        }
        if (NulCharacter.in(comment)) {
            throw new InvalidInputException(List.of(new Violation("comment", NulCharacter.RULE)));
        }
        change.decide(PendingChange.REJECTED, reviewer, comment, clock.instant());
        return change;
    }

    /**
     * Whether approving {@code change} would be a conflict: a new record that exists by now, or an
     * edit of a record whose version is no longer the one the proposal was written against.
     *
     * @param currentVersion the version its record has now; null when there is no such record
     */
    public static boolean stale(PendingChange change, Long currentVersion) {
        return change.isCreate() ? currentVersion != null : !Objects.equals(currentVersion, change.baseVersion);
    }

    private Optional<Conflicted> conflict(PendingChange change) {
        boolean person = change.isPerson();
        Long current = person ? Person.findBySlug(change.targetSlug).map(p -> p.version).orElse(null)
                : Mission.findBySlug(change.targetSlug).map(m -> m.version).orElse(null);
        if (!stale(change, current)) {
            return Optional.empty();
        }
        if (change.isCreate()) {
            return Optional.of(new Conflicted(person ? "contribute.person-conflict-exists" : "contribute.conflict-exists",
                    change.id, change.targetSlug));
        }
        return Optional.of(new Conflicted(person ? "contribute.person-conflict" : "contribute.conflict",
                change.id, change.targetSlug, change.baseVersion));
    }

    /** The mission a change proposes. */
    public MissionWrite mission(PendingChange change) {
        return read(change.payload, MissionWrite.class);
    }

    /** The person a change proposes. */
    public PersonWrite person(PendingChange change) {
        return read(change.payload, PersonWrite.class);
    }

    /** Change {@code id} if it still waits: 404 when there is none (or the id is no number), 409 when decided. */
    private static PendingChange waiting(String id) {
        PendingChange change = id != null && id.matches("\\d{1,18}") ? PendingChange.findById(Long.valueOf(id)) : null;
        if (change == null) {
            throw new NotFoundProblem("change", id);
        }
        if (!change.status.equals(PendingChange.PENDING)) {
            throw new ConflictProblem("contribute.decided", change.id, change.status);
        }
        return change;
    }

    private <T> T read(String payload, Class<T> type) {
        try {
            return json.readValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored change is not a " + type.getSimpleName(), e);
        }
    }
}
