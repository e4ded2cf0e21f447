package org.launchledger.contribute;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A change a contributor proposed, kept until an editor approves or rejects it: nothing in it is
 * visible to the public before then. The schema is Flyway's (V6__pending_changes.sql).
 */
@Entity
public class PendingChange extends PanacheEntityBase {

    /** The kinds of change: a new mission, or a new version of an existing one. */
    public static final String CREATE_MISSION = "mission.create";
    public static final String UPDATE_MISSION = "mission.update";
    /** A new person, or a new version of an existing one. */
    public static final String CREATE_PERSON = "person.create";
    public static final String UPDATE_PERSON = "person.update";

    /** The states a change passes through; {@code conflict}: the mission changed after the proposal. */
    public static final String PENDING = "pending";
    public static final String APPROVED = "approved";
    public static final String REJECTED = "rejected";
    public static final String CONFLICT = "conflict";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String kind;
    /** The slug of the mission it changes (for a new mission, the slug it proposes). */
    public String targetSlug;
    /**
     * The request's JSON. Read and written as a plain string, not through JDBC's Clob API: H2 stores it
     * as a CLOB, PostgreSQL as text (a column PostgreSQL's driver cannot read as a Clob).
     */
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(columnDefinition = "CLOB")
    public String payload;
    public String author;
    public String status;
    /** The mission's version the proposal was based on; null for a new mission. */
    public Long baseVersion;
    /** The reviewer's reason, for a rejection. */
    public String comment;
    public Instant createdAt;
    public String decidedBy;
    public Instant decidedAt;

    /** A new pending proposal; not yet persisted. */
    public static PendingChange propose(String kind, String targetSlug, String payload, String author,
                                        Long baseVersion, Instant now) {
        PendingChange change = new PendingChange();
        change.kind = kind;
        change.targetSlug = targetSlug;
        change.payload = payload;
        change.author = author;
        change.status = PENDING;
        change.baseVersion = baseVersion;
        change.createdAt = now;
        return change;
    }

    /**
     * Stores {@code write} (a checked request record) as a pending proposal. Call within the
     * writer's transaction.
     *
     * @param baseVersion the version the change was written against; null for a new record
     */
    public static PendingChange store(ObjectMapper json, String kind, String targetSlug, Object write, String author,
                                      Long baseVersion, Instant now) {
        String payload;
        try {
            payload = json.writeValueAsString(write);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a checked request could not be written back as JSON", e);
        }
        PendingChange change = propose(kind, targetSlug, payload, author, baseVersion, now);
        change.persist();
        return change;
    }

    /** Records the reviewer's decision. */
    public void decide(String status, String reviewer, String comment, Instant now) {
        this.status = status;
        this.decidedBy = reviewer;
        this.comment = comment;
        this.decidedAt = now;
    }

    /** Whether it proposes a person (else a mission). */
    public boolean isPerson() {
        return kind.equals(CREATE_PERSON) || kind.equals(UPDATE_PERSON);
    }

    /** Whether it proposes a new record (else a new version of an existing one). */
    public boolean isCreate() {
        return kind.equals(CREATE_MISSION) || kind.equals(CREATE_PERSON);
    }

    /** Every change still waiting for review, oldest first. */
    public static List<PendingChange> waiting() {
        return list("status = ?1 order by createdAt, id", PENDING);
    }

    /** One author's changes, whatever their state, newest first. */
    public static List<PendingChange> byAuthor(String author) {
        return list("author = ?1 order by createdAt desc, id desc", author);
    }
}
