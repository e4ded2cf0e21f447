package org.launchledger.contribute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.launchledger.history.Mission;
import org.launchledger.history.Moment;
import org.launchledger.history.Person;
import org.launchledger.history.Precision;
import org.launchledger.web.Formats;
import org.launchledger.web.Language;
import org.launchledger.web.Messages;

/**
 * One proposed change as the review pages show it, every word in the reader's language: what it
 * is, whose, when, how it was decided, and for the queue a row per field of the proposal with the
 * record's current value beside it, and whether approving it now would be a conflict.
 *
 * @param number the change's id, as written (no digit grouping)
 * @param targetHref the current record's page; null while there is no such record
 * @param created when it was proposed, to the minute, in UTC
 * @param decided when it was decided, to the minute, in UTC; null while pending
 * @param compared whether {@code rows} carry the current record's values (an edit of a record that exists)
 * @param conflict why approving it now would be a conflict; null when it would apply
 * @param approveErrors the rules the proposal breaks by now, after a refused approval; empty otherwise
 * @param rejectComment the comment to show again in the rejection form
 * @param rejectError what is wrong with that comment; null when nothing is
 */
public record ChangeView(String number, String kind, String target, String targetHref, String author, String created,
                         String baseVersion, String status, String decidedBy, String decided, String comment,
                         boolean compared, List<Row> rows, String conflict, List<String> approveErrors,
                         String rejectComment, String rejectError) {

    /**
     * One field of the proposal.
     *
     * @param before the record's current value, one item per element of a list; null when not compared
     * @param after the proposed value; empty when not given
     * @param changed whether it differs from the current value
     * @param list whether the field is a list (crew seats, sources, ...), shown as one
     */
    public record Row(String label, List<String> before, List<String> after, boolean changed, boolean list) {
    }

    /** What went wrong deciding one change, shown beside its forms. */
    public record Failure(long change, List<String> approveErrors, String rejectComment, String rejectError) {
    }

    private static final Set<String> MOMENTS = Set.of("launch", "docking", "undocking", "landing");
    private static final Set<String> LISTS = Set.of("expeditions", "crew", "sources", "alternativeNames");

    /** A change for its author's list: what, when and the decision, without the fields. */
    public static ChangeView summary(PendingChange change, Language language) {
        String href = href(change, current(change));
        return view(change, href, false, List.of(), null, null, language);
    }

    /**
     * A change for the review queue, every field of the proposal compared with the record now.
     *
     * @param failure what went wrong deciding it; null when nothing did (or it concerns another change)
     */
    public static ChangeView detailed(PendingChange change, Review review, ObjectMapper json, Failure failure,
                                      Language language) {
        Object current = current(change);
        Object proposed = change.isPerson() ? review.person(change) : review.mission(change);
        Object before = change.isCreate() || current == null ? null
                : current instanceof Mission m ? MissionWrite.of(m) : PersonWrite.of((Person) current);
        Long currentVersion = current == null ? null
                : current instanceof Mission m ? Long.valueOf(m.version) : Long.valueOf(((Person) current).version);
        String conflict = null;
        if (Review.stale(change, currentVersion)) {
            conflict = change.isCreate() ? Messages.text(language, "review.conflict.exists", change.targetSlug)
                    : current == null ? Messages.text(language, "review.conflict.gone", change.targetSlug)
                    : Messages.text(language, "review.conflict.changed", change.targetSlug,
                    String.valueOf(currentVersion), String.valueOf(change.baseVersion));
        }
        return view(change, href(change, current), before != null, rows(before, proposed, json, language), conflict,
                failure != null && failure.change() == change.id ? failure : null, language);
    }

    private static ChangeView view(PendingChange c, String href, boolean compared, List<Row> rows, String conflict,
                                   Failure failure, Language language) {
        return new ChangeView(String.valueOf(c.id), Messages.text(language, "review.kind." + c.kind), c.targetSlug, href,
                c.author, when(c.createdAt, language), c.baseVersion == null ? null : String.valueOf(c.baseVersion),
                Messages.text(language, "review.status." + c.status), c.decidedBy, when(c.decidedAt, language),
                c.comment, compared, rows, conflict, failure == null ? List.of() : failure.approveErrors(),
                failure == null || failure.rejectComment() == null ? "" : failure.rejectComment(),
                failure == null ? null : failure.rejectError());
    }

    /** The record the change concerns as it is now: a Mission, a Person, or null. */
    private static Object current(PendingChange change) {
        return change.isPerson() ? Person.findBySlug(change.targetSlug).orElse(null)
                : Mission.findBySlug(change.targetSlug).orElse(null);
    }

    private static String href(PendingChange change, Object current) {
        return current == null ? null : (change.isPerson() ? "/people/" : "/missions/") + change.targetSlug;
    }

    private static String when(Instant at, Language language) {
        return at == null ? null : Formats.human(Moment.of(at, Precision.MINUTE), language);
    }

    /** A row per field the proposal's record type has, but its version (shown apart). */
    private static List<Row> rows(Object before, Object after, ObjectMapper json, Language language) {
        JsonNode old = before == null ? null : json.valueToTree(before);
        JsonNode proposed = json.valueToTree(after);
        List<Row> rows = new ArrayList<>();
        for (RecordComponent component : after.getClass().getRecordComponents()) {
            String field = component.getName();
            if (field.equals("version")) {
                continue;
            }
            List<String> was = old == null ? null : values(field, old.get(field), language);
            List<String> is = values(field, proposed.get(field), language);
            rows.add(new Row(Messages.text(language, "review.field." + field), was, is, was != null && !was.equals(is),
                    LISTS.contains(field)));
        }
        return rows;
    }

    /** A field's value as text, one item per element of a list; instants written at their precision. */
    private static List<String> values(String field, JsonNode node, Language language) {
        if (node == null || node.isNull() || node.isTextual() && node.asText().isBlank()) {
            return List.of();
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.isObject() ? element(item, language) : item.asText()));
            return items;
        }
        String text = node.asText();
        if (MOMENTS.contains(field)) {
            try {
                return List.of(Moment.parse(text).iso());
            } catch (IllegalArgumentException notAMoment) {
                return List.of(text);
            }
        }
        return List.of(text);
    }

    /** A crew seat (person, role, flight home) or an alternative name (name, kind, source). */
    private static String element(JsonNode item, Language language) {
        if (item.has("role")) {
            JsonNode person = item.path("newPerson");
            String who = person.isObject()
                    ? Messages.text(language, "review.seat.new-person", item.path("slug").asText(""),
                    person.path("name").asText(""), person.path("nationality").asText(""))
                    : item.path("slug").asText("");
            String home = item.path("landedOn").asText("");
            return home.isBlank() ? Messages.text(language, "review.seat", who, item.path("role").asText(""))
                    : Messages.text(language, "review.seat.home", who,
                    item.path("role").asText(""), home);
        }
        return Messages.text(language, "review.alt-name", item.path("name").asText(""), item.path("kind").asText(""),
                item.path("source").asText(""));
    }
}
