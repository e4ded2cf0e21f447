package org.launchledger.contribute;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.Mission;
import org.launchledger.history.Moment;
import org.launchledger.history.Person;
import org.launchledger.history.Precision;
import org.launchledger.web.NotFoundProblem;

/**
 * The applied changes to one mission or person, read back from Envers' audit tables: for each
 * revision that touched it, who and when, and every field whose readable value changed. The
 * first revision is the data as loaded ({@link Revision#LOADED}); a mission's revisions include
 * those that changed only its crew.
 */
@ApplicationScoped
public class ChangeHistory {

    /** The revision kinds: what a revision did to the record. */
    public static final String CREATED = "created";
    public static final String CHANGED = "changed";
    public static final String DELETED = "deleted";

    @Inject
    EntityManager em;
    @Inject
    MissionChanges changes;

    /** One field's readable value before and after a revision: a string, a list of strings, or null. */
    public record FieldChange(String field, Object before, Object after) {

        /** The value before, as one line of text (list items joined); null when empty. */
        public String beforeText() {
            return text(before);
        }

        /** The value after, as one line of text (list items joined); null when empty. */
        public String afterText() {
            return text(after);
        }

        private static String text(Object value) {
            String text = value instanceof List<?> list ? String.join("; ", list.stream().map(String::valueOf).toList())
                    : value == null ? null : value.toString();
            return text == null || text.isEmpty() ? null : text;
        }
    }

    /**
     * One revision of a record.
     *
     * @param kind {@link Revision#LOADED}, {@link #CREATED}, {@link #CHANGED} or {@link #DELETED}
     * @param revertedTo the revision a revert put back, else null
     * @param changes the fields it changed; none for the data as loaded
     */
    public record Entry(long revision, Instant at, String by, String kind, Long revertedTo,
                        List<FieldChange> changes) {

        /** The revision as first loaded, which changed nothing. */
        public boolean loaded() {
            return Revision.LOADED.equals(kind);
        }

        /** When, to the minute, for pages. */
        public Moment moment() {
            return Moment.of(at, Precision.MINUTE);
        }
    }

    /** Whether a history holds no change since the data was first loaded. */
    public static boolean unchanged(List<Entry> entries) {
        return entries.stream().allMatch(Entry::loaded);
    }

    /** A mission's revisions, newest first. */
    public List<Entry> ofMission(Mission mission) {
        AuditReader reader = reader();
        return entries(missionRevisions(reader, mission.id), rev -> {
            Mission then = reader.find(Mission.class, mission.id, rev);
            return then == null ? null : missionFields(then);
        });
    }

    /** A person's revisions, newest first. */
    public List<Entry> ofPerson(Person person) {
        AuditReader reader = reader();
        Set<Long> revisions = new TreeSet<>();
        reader.getRevisions(Person.class, person.id).forEach(n -> revisions.add(n.longValue()));
        return entries(revisions, rev -> {
            Person then = reader.find(Person.class, person.id, rev);
            return then == null ? null : personFields(then);
        });
    }

    /**
     * The mission as it stood after {@code revision}, written as a client would write it now: crew,
     * vehicle and flights home by their current slugs (by id), the version being the current one.
     *
     * @throws NotFoundProblem when {@code revision} is not one of the mission's revisions
     */
    public MissionWrite missionAt(Mission current, long revision) {
        AuditReader reader = reader();
        Mission then = missionRevisions(reader, current.id).contains(revision)
                ? reader.find(Mission.class, current.id, revision) : null;
        if (then == null) {
            throw new NotFoundProblem("revision", Long.toString(revision));
        }
        List<MissionWrite.Seat> crew = seats(then).stream()
                .map(s -> new MissionWrite.Seat(currentSlug(Person.class, s.person.id, s.person.slug), s.role,
                        s.landedOn == null ? null : s.landedOn.id.equals(current.id) ? then.slug
                                : currentSlug(Mission.class, s.landedOn.id, s.landedOn.slug),
                        new ArrayList<>(s.expeditions), null))
                .toList();
        return new MissionWrite(then.slug, then.designation, then.vehicle.slug, then.variant,
                then.spacecraft == null ? null : then.spacecraft.slug, then.operator, iso(then.launch()),
                iso(then.docking()), iso(then.undocking()), iso(then.landing()), then.launchSite, then.summary,
                then.outcome.code,
                new ArrayList<>(then.expeditions), crew, new ArrayList<>(then.sources), current.version);
    }

    /**
     * Puts a mission back as it stood after {@code revision}, under the rules every write keeps: the
     * revert is itself a new revision, marked as such, and increments the data version. Fields no
     * write can change (notes, unverified) stay as they are. Call within the writer's
     * transaction.
     *
     * @throws NotFoundProblem when {@code revision} is not one of the mission's revisions
     * @throws org.launchledger.web.InvalidInputException when that state breaks a rule now (a person deleted since)
     */
    public Mission revert(Mission mission, long revision) {
        MissionWrite write = missionAt(mission, revision);
        Mission reverted = changes.update(mission, mission.version, changes.check(write, mission));
        markRevert(revision);
        return reverted;
    }

    /** Marks the revision this transaction is writing as a revert to {@code revision}. */
    private void markRevert(long revision) {
        Revision current = reader().getCurrentRevision(Revision.class, true);
        current.kind = Revision.REVERT;
        current.revertedTo = revision;
    }

    private AuditReader reader() {
        return AuditReaderFactory.get(em);
    }

    /** Revisions of the mission row and of the seats launched on it, ascending. */
    private static Set<Long> missionRevisions(AuditReader reader, Long id) {
        Set<Long> revisions = new TreeSet<>();
        reader.getRevisions(Mission.class, id).forEach(n -> revisions.add(n.longValue()));
        reader.createQuery().forRevisionsOfEntity(CrewSeat.class, false, true)
                .add(AuditEntity.relatedId("mission").eq(id))
                .addProjection(AuditEntity.revisionNumber().distinct())
                .getResultList()
                .forEach(n -> revisions.add(((Number) n).longValue()));
        return revisions;
    }

    private interface Snapshot {
        Map<String, Object> fieldsAt(long revision);
    }

    private List<Entry> entries(Set<Long> revisions, Snapshot snapshot) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Object> before = null;
        for (long rev : revisions) {
            Revision revision = em.find(Revision.class, rev);
            Map<String, Object> after = snapshot.fieldsAt(rev);
            String kind = Revision.LOADED.equals(revision.kind) ? Revision.LOADED
                    : after == null ? DELETED : before == null ? CREATED : CHANGED;
            List<FieldChange> changes = kind.equals(Revision.LOADED) ? List.of() : changes(before, after);
            entries.add(new Entry(rev, revision.at, revision.username, kind, revision.revertedTo, changes));
            before = after;
        }
        Collections.reverse(entries);
        return entries;
    }

    private static List<FieldChange> changes(Map<String, Object> before, Map<String, Object> after) {
        Set<String> fields = new LinkedHashSet<>();
        if (before != null) {
            fields.addAll(before.keySet());
        }
        if (after != null) {
            fields.addAll(after.keySet());
        }
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            Object was = before == null ? null : before.get(field);
            Object is = after == null ? null : after.get(field);
            if (!Objects.equals(was, is)) {
                changes.add(new FieldChange(field, was, is));
            }
        }
        return changes;
    }

    /** The fields of a mission as the API names them, each as readable text (or a list of it). */
    static Map<String, Object> missionFields(Mission m) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("slug", m.slug);
        fields.put("designation", m.designation);
        fields.put("vehicle", m.vehicle == null ? null : m.vehicle.slug);
        fields.put("variant", m.variant);
        fields.put("spacecraft", m.spacecraft == null ? null : m.spacecraft.slug);
        fields.put("operator", m.operator);
        fields.put("launch", iso(m.launch()));
        fields.put("docking", iso(m.docking()));
        fields.put("undocking", iso(m.undocking()));
        fields.put("landing", iso(m.landing()));
        fields.put("launchSite", m.launchSite);
        fields.put("outcome", m.outcome == null ? null : m.outcome.code);
        fields.put("summary", m.summary);
        fields.put("notes", m.notes);
        fields.put("unverified", Boolean.toString(m.unverified));
        fields.put("expeditions", m.expeditions.stream().sorted().map(String::valueOf).toList());
        // "person-slug (role, flight home)": the flight home left out while none is recorded.
        fields.put("crew", seats(m).stream().map(s -> s.person.slug + " (" + s.role
                + (s.landedOn == null ? "" : ", " + s.landedOn.slug) + ")").toList());
        fields.put("sources", List.copyOf(m.sources));
        return fields;
    }

    /** The fields of a person as the API names them; alternative names as "name (kind, source)". */
    static Map<String, Object> personFields(Person p) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("slug", p.slug);
        fields.put("name", p.name);
        fields.put("fullName", p.fullName);
        fields.put("nationality", p.nationality);
        fields.put("agency", p.agency);
        fields.put("wikipedia", p.wikipedia);
        fields.put("alternativeNames", p.alternativeNames.stream()
                .map(n -> n.name + " (" + n.kind + ", " + n.source + ")").toList());
        return fields;
    }

    private static List<CrewSeat> seats(Mission m) {
        List<CrewSeat> seats = new ArrayList<>(m.crew);
        seats.sort(Comparator.comparingInt(s -> s.position));
        return seats;
    }

    private static String iso(Moment moment) {
        return moment == null ? null : moment.iso();
    }

    /** A record's slug now, found by id; the slug it had then when it is gone (a rule then names it). */
    private String currentSlug(Class<?> type, Long id, String slugThen) {
        Object now = em.find(type, id);
        return now instanceof Person p ? p.slug : now instanceof Mission m ? m.slug : slugThen;
    }
}
