package org.launchledger.contribute;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.launchledger.history.AlternativeName;
import org.launchledger.history.Person;
import org.launchledger.web.InvalidInputException.Violation;

/**
 * The person form as the reader filled it in (text kept as typed, so a rejected form comes back
 * as sent); {@link #toWrite} gives the {@link PersonWrite} the JSON API takes.
 *
 * @param version the person's version the form was opened at
 */
public record PersonForm(String slug, String name, String fullName, String nationality, String agency,
                         String wikipedia, String version, List<NameRow> names) {

    /** The most alternative-name rows a form carries. */
    static final int MAX_ROWS = 40;
    private static final int SPARE_ROWS = 2;

    /** One alternative name: the name, its kind and the http(s) source that gives it. */
    public record NameRow(int index, String name, String kind, String source) {

        /** The form field of this row's {@code part}: {@code names[1].source}. */
        public String field(String part) {
            return "names[" + index + "]." + part;
        }

        /** The element id of this row's {@code part}: {@code names-1-source}. */
        public String id(String part) {
            return "names-" + index + "-" + part;
        }

        boolean isBlank() {
            return MissionForm.blank(name) && MissionForm.blank(kind) && MissionForm.blank(source);
        }
    }

    /** A form converted for the rules: the write, and each alternative name's row. */
    record Converted(PersonWrite write, List<Violation> unreadable, List<Integer> rows) {
    }

    /** The form for editing {@code person}, as stored now. */
    public static PersonForm of(Person person) {
        List<NameRow> rows = new ArrayList<>();
        for (AlternativeName n : person.alternativeNames) {
            rows.add(new NameRow(rows.size(), n.name, n.kind, n.source));
        }
        return new PersonForm(person.slug, person.name, text(person.fullName), person.nationality,
                text(person.agency), text(person.wikipedia), Long.toString(person.version), withSpare(rows));
    }

    /** The form as posted; missing fields are empty. */
    public static PersonForm read(MultivaluedMap<String, String> posted) {
        List<NameRow> rows = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS && posted.containsKey("names[" + i + "].name"); i++) {
            String prefix = "names[" + i + "].";
            rows.add(new NameRow(i, field(posted, prefix + "name"), field(posted, prefix + "kind"),
                    field(posted, prefix + "source")));
        }
        return new PersonForm(field(posted, "slug"), field(posted, "name"), field(posted, "fullName"),
                field(posted, "nationality"), field(posted, "agency"), field(posted, "wikipedia"),
                field(posted, "version"), withSpare(rows));
    }

    private static List<NameRow> withSpare(List<NameRow> rows) {
        List<NameRow> all = new ArrayList<>(rows);
        int filled = (int) rows.stream().filter(r -> !r.isBlank()).count();
        while (all.size() < Math.min(MAX_ROWS, filled + SPARE_ROWS)) {
            all.add(new NameRow(all.size(), "", "", ""));
        }
        return List.copyOf(all);
    }

    /** This form at another version: after a conflict, saving again is deliberate. */
    public PersonForm atVersion(long current) {
        return new PersonForm(slug, name, fullName, nationality, agency, wikipedia, Long.toString(current), names);
    }

    /** The request the form stands for. */
    Converted toWrite() {
        List<Violation> unreadable = new ArrayList<>();
        List<PersonWrite.AltName> alternatives = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (NameRow row : names) {
            if (!row.isBlank()) {
                alternatives.add(new PersonWrite.AltName(row.name().strip(), row.kind().strip(), row.source().strip()));
                rows.add(row.index());
            }
        }
        Long readVersion = null;
        try {
            readVersion = Long.valueOf(version.strip());
        } catch (NumberFormatException e) {
            unreadable.add(new Violation("version", "required"));
        }
        PersonWrite write = new PersonWrite(slug.strip(), name.strip(), fullName.strip(), nationality.strip(),
                agency.strip(), wikipedia.strip(), alternatives, readVersion);
        return new Converted(write, unreadable, rows);
    }

    /** What differs between this form and {@code other}, each field named by {@code label}. */
    public List<MissionForm.Difference> differencesFrom(PersonForm other, Function<String, String> label) {
        Map<String, String[]> fields = new LinkedHashMap<>();
        fields.put("slug", new String[] {slug, other.slug});
        fields.put("name", new String[] {name, other.name});
        fields.put("fullName", new String[] {fullName, other.fullName});
        fields.put("nationality", new String[] {nationality, other.nationality});
        fields.put("agency", new String[] {agency, other.agency});
        fields.put("wikipedia", new String[] {wikipedia, other.wikipedia});
        fields.put("names", new String[] {namesText(), other.namesText()});
        return MissionForm.Difference.between(fields, label);
    }

    private String namesText() {
        return names.stream().filter(r -> !r.isBlank())
                .map(r -> r.name() + " (" + r.kind() + ", " + r.source() + ")").collect(Collectors.joining("\n"));
    }

    private static String field(MultivaluedMap<String, String> posted, String name) {
        return Objects.requireNonNullElse(posted.getFirst(name), "");
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
