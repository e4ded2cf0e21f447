package org.launchledger.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A slug that was changed (a person's name folded badly, a mission renamed): the old address keeps
 * answering, with a 301 to the new one. From data/reference/renamed-slugs.csv and later edits.
 */
@Entity
@IdClass(RenamedSlug.Key.class)
public class RenamedSlug extends PanacheEntityBase {

    /** What the slug names, as {@code NotFoundProblem} says it: "mission", "person", ... */
    @Id
    public String kind;

    @Id
    public String oldSlug;

    public String newSlug;

    /** UTC date of the change. */
    public LocalDate changedOn;

    public String reason;

    /** The primary key: kind and old slug. */
    public static class Key implements Serializable {
        public String kind;
        public String oldSlug;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(kind, k.kind) && Objects.equals(oldSlug, k.oldSlug);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, oldSlug);
        }
    }

    /**
     * Records that {@code kind}'s {@code oldSlug} is now {@code newSlug}, so the old address answers
     * 301; a renaming recorded earlier for the new slug is dropped (the slug is in use again). Call
     * within the writer's transaction; nothing happens when the slug did not change.
     *
     * @param on the UTC date of the change
     */
    public static void record(String kind, String oldSlug, String newSlug, LocalDate on, String reason) {
        if (oldSlug.equals(newSlug)) {
            return;
        }
        RenamedSlug renamed = new RenamedSlug();
        renamed.kind = kind;
        renamed.oldSlug = oldSlug;
        renamed.newSlug = newSlug;
        renamed.changedOn = on;
        renamed.reason = reason;
        delete("kind = ?1 and oldSlug = ?2", kind, newSlug);
        renamed.persist();
    }

    /** Renamings followed at most this many times, so a loop in the data cannot hang a request. */
    private static final int MAX_HOPS = 10;

    /** The current slug of something once called {@code slug}; empty if it was never renamed. */
    public static Optional<String> currentSlug(String kind, String slug) {
        String current = slug;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            Optional<RenamedSlug> renamed = find("kind = ?1 and oldSlug = ?2", kind, current).firstResultOptional();
            if (renamed.isEmpty()) {
                break;
            }
            current = renamed.get().newSlug;
        }
        return current.equals(slug) ? Optional.empty() : Optional.of(current);
    }
}
