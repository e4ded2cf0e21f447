package org.launchledger.contribute;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One applied change to the history, as Envers records it: every audited row it touched is stored
 * in that table's {@code _aud} copy under this revision's number (V8__audit_tables.sql). Who and
 * when are filled in by {@link RevisionAuthor}.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(RevisionAuthor.class)
public class Revision extends PanacheEntityBase {

    /** The revision of the data as first loaded (the seed, or the rows a database held before V8). */
    public static final String LOADED = "loaded";
    /** A revision that put back an earlier one ({@link #revertedTo}). */
    public static final String REVERT = "revert";

    /** The revision number: increasing with every applied change. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    public Long id;

    /** When the change was committed, in UTC, from the application's clock. */
    @RevisionTimestamp
    public Instant at;

    /** The account that made the change; "system" for changes with nobody signed in. */
    public String username;

    /** {@link #LOADED}, {@link #REVERT}, or null for an ordinary change. */
    public String kind;

    /** For a revert, the revision whose state it put back; null otherwise. */
    public Long revertedTo;
}
