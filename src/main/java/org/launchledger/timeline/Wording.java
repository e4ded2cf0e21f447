package org.launchledger.timeline;

import java.util.List;
import org.launchledger.access.Change;
import org.launchledger.history.Moment;
import org.launchledger.history.Precision;
import org.launchledger.web.Formats;
import org.launchledger.web.Language;
import org.launchledger.web.Messages;

/**
 * The timeline's facts in one language: changes of access as phrases, spans of dates, vehicle
 * names. Built per page from the cached {@link Ledger}, which holds no words.
 */
public final class Wording {

    /** Stand-ins for the mission and the quote while a message is formatted, then cut out. */
    private static final String MISSION = "\u0001";
    private static final String QUOTE = "\u0002";

    private final Ledger ledger;
    private final Language language;

    /** The words for this ledger's facts in {@code language}. */
    public Wording(Ledger ledger, Language language) {
        this.ledger = ledger;
        this.language = language;
    }

    /** The language these words are in. */
    public Language language() {
        return language;
    }

    /**
     * Why a vehicle stood down, in this language where the data has it, to follow a colon: Romanian
     * writes on in lower case there ("…: pierderea navetei Columbia"), an acronym keeps its capitals. English
     * keeps the data's capital: its reasons may begin with a name ("Soyuz MS-10 launch abort").
     */
    public String reason(LedgerStandDown standDown) {
        String reason = Formats.reason(standDown.reason(), standDown.reasonRo(), language);
        boolean word = reason.length() > 1 && Character.isUpperCase(reason.charAt(0))
                && Character.isLowerCase(reason.charAt(1));
        return language == Language.RO && word ? Character.toLowerCase(reason.charAt(0)) + reason.substring(1) : reason;
    }

    /** The stand-down a change began, found by vehicle and start; null if the ledger has none. */
    private LedgerStandDown standDownOf(Change change) {
        return ledger.standDowns().stream()
                .filter(s -> s.vehicle().equals(change.vehicle()) && s.from().equals(change.standDownFrom()))
                .findFirst().orElse(null);
    }

    /** A message of the timeline's files in this language. */
    public String text(String key, Object... args) {
        return Messages.text(language, key, args);
    }

    /** A change in words: "the landing of STS-135, the last Space Shuttle flight"; empty for none. */
    public String describe(Change change) {
        return change == null ? "" : phrase(change).text();
    }

    /** A change in words, its mission and quote kept apart; null for none. */
    public Phrase phrase(Change change) {
        if (change == null) {
            return null;
        }
        if (change.kind() == Change.Kind.STAND_DOWN_BEGAN) {
            LedgerStandDown standDown = standDownOf(change);
            String reason = standDown == null ? change.reason() : reason(standDown);
            boolean inPageLanguage = language == Language.EN
                    || standDown != null && standDown.reasonRo() != null && !standDown.reasonRo().isBlank();
            return cut(text("timeline.change.stand-down-began", vehicle(change.vehicle()), QUOTE,
                    vehicleInText(change.vehicle())), QUOTE, null,
                    firstClause(reason), inPageLanguage ? null : Language.EN.tag());
        }
        LedgerMission flight = ledger.mission(change.mission()).orElse(null);
        String form = switch (change.kind()) {
            case FIRST_FLIGHT -> "first-flight";
            case RETIRED -> flight == null ? "retired" : "retired-last-flight";
            default -> flight == null ? "stand-down-ended" : "stand-down-ended-flight";
        };
        return cut(text("timeline.change." + form, vehicle(change.vehicle()), MISSION, vehicleInText(change.vehicle())),
                MISSION, flight, null, null);
    }

    /** The message cut where its stand-in stands, the mission or the quote put in its place. */
    private Phrase cut(String whole, String mark, LedgerMission mission, String quote, String quoteLanguage) {
        int at = whole.indexOf(mark);
        return at < 0 ? new Phrase(whole, null, null, null, "", null)
                : new Phrase(whole.substring(0, at), mission, quote, quoteLanguage, whole.substring(at + mark.length()),
                        unverifiedWord());
    }

    /** The mission's designation linked to its page, marked where its sources have yet to confirm it. */
    public String link(LedgerMission mission) {
        return Html.link(mission, unverifiedWord());
    }

    private String unverifiedWord() {
        return text("missions.unverified");
    }

    /** A vehicle's name in this language, by slug; the slug for a vehicle the history lacks. */
    public String vehicle(String slug) {
        return ledger.vehicle(slug).map(v -> Formats.vehicle(v.slug(), v.name(), language)).orElse(slug);
    }

    /** A vehicle's name inside a sentence ({@link Formats#vehicleInText}): "the Space Shuttle", "naveta spațială". */
    public String vehicleInText(String slug) {
        return ledger.vehicle(slug).map(v -> Formats.vehicleInText(v.slug(), v.name(), language)).orElse(slug);
    }

    /** Vehicles' names as a list: "Soyuz, Crew Dragon" / "Soiuz și Crew Dragon". */
    public String vehicles(List<String> slugs) {
        return Formats.list(slugs.stream().map(this::vehicle).toList(), language);
    }

    /** Vehicles' names as a list inside a sentence: "the Space Shuttle and Soyuz" / "naveta spațială și Soiuz". */
    public String vehiclesInText(List<String> slugs) {
        return Formats.list(slugs.stream().map(this::vehicleInText).toList(), language);
    }

    /** "2018-10-11 – 2018-12-03", or "2024-09-07 – today (ongoing)" while {@code to} is open. */
    public String dates(Moment from, Moment to) {
        return to == null ? text("timeline.dates.open", Formats.day(from))
                : text("timeline.dates", Formats.day(from), Formats.day(to));
    }

    /** A date in a sentence: the day in words, never its time ("21 July 2011"). */
    public String day(Moment moment) {
        return Formats.human(new Moment(moment.at(), Precision.DAY), language);
    }

    /** The reason up to its first full stop, semicolon or colon: the cause, without the provenance. */
    static String firstClause(String text) {
        if (text == null) {
            return "";
        }
        int end = text.length();
        for (String stop : new String[] {". ", "; ", ": "}) {
            int at = text.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String clause = text.substring(0, end).strip();
        return clause.endsWith(".") ? clause.substring(0, clause.length() - 1) : clause;
    }
}
