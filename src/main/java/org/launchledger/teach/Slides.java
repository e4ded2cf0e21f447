package org.launchledger.teach;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.launchledger.access.AccessHistory;
import org.launchledger.access.Change;
import org.launchledger.access.Era;
import org.launchledger.access.Segment;
import org.launchledger.history.Moment;
import org.launchledger.history.Precision;
import org.launchledger.timeline.Html;
import org.launchledger.timeline.Ledger;
import org.launchledger.timeline.LedgerMission;
import org.launchledger.timeline.LedgerSeat;
import org.launchledger.timeline.LedgerStandDown;
import org.launchledger.timeline.Phrase;
import org.launchledger.timeline.TimelineLayout;
import org.launchledger.timeline.TimelineLayout.View;
import org.launchledger.timeline.Wording;
import org.launchledger.web.Formats;
import org.launchledger.web.Language;

/**
 * The presentation's slides, derived from the access analysis alone: the first crew to reach the
 * station, each vehicle's first crewed flight and last landing, each sole-access era, each
 * stand-down and each time nobody could fly, the first crew rotation of a vehicle that ended an
 * era, and today. Add a flight or a stand-down to the history and the slides follow; no mission or
 * date is named here. Words come from the {@code teach} message files.
 */
public final class Slides {

    /**
     * One slide: its number (from 1), what it is about ({@code kind}: first-crew, era, first-flight,
     * rotation, retired, stand-down, gap, today), its title (plain text), one or two sentences (HTML:
     * dates in {@code <time>}, missions linked), when it happened and the timeline's view zoomed on it.
     */
    public record Slide(int number, String kind, String title, List<String> sentences, Moment at, View view) {

        /** The sentences are copied: a slide cannot be changed through them. */
        public Slide {
            sentences = List.copyOf(sentences);
        }
    }

    /** Kinds of event, in the order slides about the same moment are shown. */
    private enum Kind {
        FIRST_CREW, FIRST_FLIGHT, RETIRED, STAND_DOWN, GAP, ERA, ROTATION, TODAY;

        String css() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Something a slide is about; the fields a kind does not use are null. */
    private record Event(Moment at, Kind kind, Change change, Era era, Segment gap, LedgerMission mission) {
    }

    /** Margin around a span, and around a single moment, when the timeline zooms on it. */
    private static final long MIN_MARGIN_DAYS = 120;
    private static final long POINT_RADIUS_DAYS = 365;
    /** How far back the slide about today looks. */
    private static final long TODAY_LOOKBACK_YEARS = 3;

    private final Ledger ledger;
    private final Wording words;
    private final Language language;
    private final AccessHistory access;
    private final View full;

    private Slides(Ledger ledger, Language language) {
        this.ledger = ledger;
        this.words = new Wording(ledger, language);
        this.language = language;
        this.access = ledger.access();
        this.full = TimelineLayout.fullView(ledger);
    }

    /** The slides of the ledger's history as known at its {@code asOf}, in time order, numbered from 1. */
    public static List<Slide> of(Ledger ledger, Language language) {
        return new Slides(ledger, language).slides();
    }

    private List<Slide> slides() {
        List<Event> events = events();
        events.sort(Comparator.comparing((Event e) -> e.at().at()).thenComparing(Event::kind));
        List<Slide> slides = new ArrayList<>();
        for (Event event : events) {
            slides.add(slide(slides.size() + 1, event));
        }
        return slides;
    }

    private List<Event> events() {
        List<Event> events = new ArrayList<>();
        List<Change> changes = access.changes();
        for (Change change : changes) {
            LedgerMission mission = ledger.mission(change.mission()).orElse(null);
            switch (change.kind()) {
                case FIRST_FLIGHT -> events.add(new Event(change.at(),
                        change == changes.get(0) ? Kind.FIRST_CREW : Kind.FIRST_FLIGHT, change, null, null, mission));
                case RETIRED -> events.add(new Event(change.at(), Kind.RETIRED, change, null, null, mission));
                case STAND_DOWN_BEGAN -> {
                    // A stand-down that began a sole-access era is told by the era's slide.
                    boolean beganEra = access.eras().stream().anyMatch(e -> change.equals(e.startedBy()));
                    if (!beganEra) {
                        events.add(new Event(change.at(), Kind.STAND_DOWN, change, null, gapFrom(change.at()), mission));
                    }
                }
                case STAND_DOWN_ENDED -> {
                    // The return to flight is the second sentence of the stand-down's slide.
                }
            }
        }
        for (Segment gap : access.gaps()) {
            boolean told = events.stream().anyMatch(e -> gap.equals(e.gap()));
            if (!told) {
                events.add(new Event(gap.from(), Kind.GAP, null, null, gap, null));
            }
        }
        for (Era era : access.eras()) {
            events.add(new Event(era.from(), Kind.ERA, era.startedBy(), era, null, null));
            rotationAfter(era).ifPresent(rotation -> events.add(
                    new Event(rotation.launch(), Kind.ROTATION, era.endedBy(), era, null, rotation)));
        }
        events.add(new Event(new Moment(ledger.asOf(), Precision.DAY), Kind.TODAY, null, null, null, null));
        return events;
    }

    /** The time with no access at all that began at {@code at}, if one did. */
    private Segment gapFrom(Moment at) {
        return access.gaps().stream().filter(g -> g.from().at().equals(at.at())).findFirst().orElse(null);
    }

    /**
     * After the first crewed flight of a vehicle that ended the longest sole-access era, that
     * vehicle's first crew rotation, once launched: the end of the monopoly many accounts date by it
     * (the home page's headline names the same flight).
     */
    private Optional<LedgerMission> rotationAfter(Era era) {
        Change end = era.endedBy();
        if (end == null || end.kind() != Change.Kind.FIRST_FLIGHT || !access.longestEndedEra().equals(Optional.of(era))) {
            return Optional.empty();
        }
        return ledger.mission(end.mission())
                .flatMap(ledger::nextRotationAfter)
                .filter(next -> next.launchedBy(ledger.asOf()));
    }

    private Slide slide(int number, Event e) {
        return switch (e.kind()) {
            case FIRST_CREW -> firstCrew(number, e);
            case FIRST_FLIGHT -> new Slide(number, e.kind().css(), text("teach.first-flight.title", words.vehicle(e.change().vehicle())),
                    withEnded(text("teach.first-flight.text", time(e.at()), link(e.mission()), vehicle(e.change()),
                            crew(e.mission()), inText(e.change().vehicle())), e.change()), e.at(), around(e.at(), e.mission()));
            case RETIRED -> retired(number, e);
            case STAND_DOWN -> standDown(number, e);
            case GAP -> gap(number, e);
            case ERA -> era(number, e);
            case ROTATION -> new Slide(number, e.kind().css(), text("teach.rotation.title", words.vehicle(e.mission().vehicle())),
                    List.of(text("teach.rotation.text", time(e.at()), link(e.mission()), crew(e.mission()),
                            escape(words.vehicle(e.mission().vehicle())), escape(ledger.mission(e.change().mission())
                                    .map(LedgerMission::designation).orElse("")), inText(e.mission().vehicle()))),
                    e.at(), around(e.at(), e.mission()));
            case TODAY -> today(number, e);
        };
    }

    /** The first crew to live aboard: the lowest expedition the data gives, its flight up and its seats there. */
    private record Residents(int expedition, LedgerMission flight, List<LedgerSeat> seats) {

        /** When they came aboard: the docking where the data gives it, else the launch. */
        Moment arrival() {
            return flight.docking() != null ? flight.docking() : flight.launch();
        }
    }

    /**
     * The first crew's slide, and, where the first crew to live aboard came on a later flight, which crew that was,
     * the view then running from the one to the other. Many accounts mean that crew (Expedition 1) by "the first
     * crew", where the data's first crew only visited.
     */
    private Slide firstCrew(int number, Event e) {
        List<String> sentences = new ArrayList<>(List.of(text("teach.first-crew.text", time(e.at()), link(e.mission()),
                vehicle(e.change()), crew(e.mission()))));
        Optional<Residents> residents = firstResidents()
                .filter(found -> e.mission() == null || !found.flight().slug().equals(e.mission().slug()));
        residents.ifPresent(found -> sentences.add(text("teach.first-crew.residents", time(found.arrival()),
                link(found.flight()), found.expedition(), escape(Formats.list(found.seats().stream()
                        .map(LedgerSeat::personName).toList(), language)),
                found.flight().docking() != null ? "docked" : "launched")));
        View view = residents.map(found -> span(e.at().date(), found.arrival().date(), e.mission()))
                .orElseGet(() -> around(e.at(), e.mission()));
        return new Slide(number, e.kind().css(), text("teach.first-crew.title"), sentences, e.at(), view);
    }

    /** The seats of the lowest expedition the data gives, on the first flight that carried any of them up. */
    private Optional<Residents> firstResidents() {
        List<LedgerMission> flown = ledger.missions().stream()
                .filter(m -> m.carriedCrewToStation() && m.launchedBy(ledger.asOf()))
                .sorted(Comparator.comparing((LedgerMission m) -> m.launch().at()))
                .toList();
        return flown.stream().flatMap(m -> m.crew().stream()).flatMap(seat -> seat.expeditions().stream())
                .min(Integer::compare)
                .flatMap(lowest -> flown.stream()
                        .filter(m -> m.crew().stream().anyMatch(seat -> seat.expeditions().contains(lowest)))
                        .findFirst()
                        .map(flight -> new Residents(lowest, flight, flight.crewCommandFirst().stream()
                                .filter(seat -> seat.expeditions().contains(lowest)).toList())));
    }

    /** The first flight's sentence, and, where it ended a sole-access era, how long that lasted. */
    private List<String> withEnded(String first, Change change) {
        List<String> sentences = new ArrayList<>(List.of(first));
        access.eras().stream().filter(era -> change.equals(era.endedBy())).findFirst().ifPresent(era ->
                sentences.add(text("teach.first-flight.ended", escape(Formats.ymd(era.from(), era.to(), language)),
                        escape(Formats.country(era.country(), language)), era.country())));
        return sentences;
    }

    private Slide retired(int number, Event e) {
        String vehicle = words.vehicle(e.change().vehicle());
        String inText = inText(e.change().vehicle());
        List<String> sentences = new ArrayList<>();
        if (e.mission() == null) {
            sentences.add(text("teach.retired.text.no-flight", time(e.at()), escape(vehicle), inText));
        } else {
            sentences.add(text("teach.retired.text", time(e.at()), link(e.mission()), escape(vehicle), inText));
        }
        List<LedgerMission> flights = ledger.missions().stream()
                .filter(m -> m.vehicle().equals(e.change().vehicle()) && m.carriedCrewToStation()
                        && m.launchedBy(e.at().at()))
                .toList();
        if (!flights.isEmpty()) {
            sentences.add(sentence("teach.retired.flights", flights.size(),
                    escape(Formats.ymd(flights.get(0).launch(), e.at(), language)), escape(vehicle), inText));
        }
        return new Slide(number, e.kind().css(), text("teach.retired.title", vehicle), sentences, e.at(),
                around(e.at(), e.mission()));
    }

    private Slide standDown(int number, Event e) {
        Change change = e.change();
        String vehicle = inText(change.vehicle());
        LedgerStandDown standDown = ledger.standDowns().stream()
                .filter(s -> s.vehicle().equals(change.vehicle()) && s.from().equals(change.standDownFrom()))
                .findFirst().orElse(null);
        // The reason alone, marked with its language where the data gives it only in another.
        Phrase phrase = words.phrase(change);
        String reason = new Phrase("", null, phrase.quote() == null ? "" : phrase.quote(), phrase.quoteLanguage(), "", null).html();
        List<String> sentences = new ArrayList<>();
        sentences.add(text("teach.stand-down.text", time(change.standDownFrom()), vehicle, reason));
        Optional<Change> ended = access.changes().stream()
                .filter(c -> c.kind() == Change.Kind.STAND_DOWN_ENDED && c.vehicle().equals(change.vehicle())
                        && change.standDownFrom().equals(c.standDownFrom()))
                .findFirst();
        Moment to = ended.map(Change::at).orElse(null);
        if (e.gap() != null) {
            sentences.add(e.gap().to() == null
                    ? text("teach.gap.open", time(e.gap().from()))
                    : text("teach.stand-down.gap", escape(Formats.ymd(e.gap().from(), e.gap().to(), language)),
                            time(e.gap().to())));
        } else if (ended.isPresent()) {
            LedgerMission back = ledger.mission(ended.get().mission()).orElse(null);
            sentences.add(sentence("teach.stand-down.ended", time(to), back == null ? "" : link(back),
                    escape(Formats.ymd(change.at(), to, language)), back == null ? "none" : "flight", vehicle));
        } else if (standDown == null || standDown.to() == null || standDown.to().at().isAfter(ledger.asOf())) {
            sentences.add(sentence("teach.stand-down.lasts", vehicle,
                    escape(Formats.ymd(change.at(), today(), language))));
        }
        LocalDate end = (to == null ? today() : to).date();
        // Titles are escaped where they are shown: the vehicle goes in as words, not markup.
        String title = e.gap() == null
                ? Formats.sentenceStart(text("teach.stand-down.title", words.vehicleInText(change.vehicle())), language)
                : text("teach.gap.title");
        return new Slide(number, e.kind().css(), title,
                sentences, change.at(), span(change.at().date(), end, e.mission()));
    }

    private Slide gap(int number, Event e) {
        Segment gap = e.gap();
        String sentence = gap.to() == null ? text("teach.gap.open", time(gap.from()))
                : text("teach.gap.text", time(gap.from()), time(gap.to()),
                        escape(Formats.ymd(gap.from(), gap.to(), language)));
        return new Slide(number, e.kind().css(), text("teach.gap.title"), List.of(sentence), gap.from(),
                span(gap.from().date(), (gap.to() == null ? today() : gap.to()).date(), null));
    }

    private Slide era(int number, Event e) {
        Era era = e.era();
        String country = Formats.country(era.country(), language);
        String began = words.phrase(era.startedBy()).html();
        List<String> sentences = new ArrayList<>();
        String title;
        if (era.isOpen()) {
            title = text("teach.era.title.open", country, era.from().date().getYear(), era.country());
            sentences.add(text("teach.era.text.open", time(era.from()),
                    escape(Formats.ymd(era.from(), today(), language)), escape(country), era.country()));
            sentences.add(text("teach.era.began", began));
        } else {
            title = text("teach.era.title", country, era.from().date().getYear(), era.to().date().getYear(), era.country());
            sentences.add(text("teach.era.text", time(era.from()), time(era.to()),
                    escape(Formats.ymd(era.from(), era.to(), language)), escape(country), era.country()));
            sentences.add(text("teach.era.began-ended", began, words.phrase(era.endedBy()).html()));
        }
        LedgerMission marker = ledger.mission(era.startedBy() == null ? null : era.startedBy().mission()).orElse(null);
        return new Slide(number, e.kind().css(), title, sentences, era.from(),
                span(era.from().date(), (era.to() == null ? today() : era.to()).date(), marker));
    }

    private Slide today(int number, Event e) {
        Segment now = access.segments().isEmpty() ? null : access.segments().get(access.segments().size() - 1);
        List<String> vehicles = now == null ? List.of() : List.copyOf(now.vehicles());
        List<LedgerMission> flown = ledger.missions().stream()
                .filter(m -> m.carriedCrewToStation() && m.launchedBy(ledger.asOf()))
                .toList();
        List<String> sentences = new ArrayList<>();
        sentences.add(text("teach.today.text", time(e.at()), escape(words.vehiclesInText(vehicles)), vehicles.size()));
        if (!flown.isEmpty()) {
            sentences.add(text("teach.today.flights", time(flown.get(0).launch()), flown.size()));
        }
        LocalDate to = full.to();
        LocalDate from = e.at().date().minusYears(TODAY_LOOKBACK_YEARS).withDayOfYear(1);
        return new Slide(number, e.kind().css(), text("teach.today.title"), sentences, e.at(),
                new View(from.isBefore(full.from()) ? full.from() : from, to, Set.of(), null, false));
    }

    /** Today, as a day. */
    private Moment today() {
        return new Moment(ledger.asOf(), Precision.DAY);
    }

    /** A view a year either side of a moment, the mission that marks it highlighted. */
    private View around(Moment at, LedgerMission highlight) {
        return view(at.date().minusDays(POINT_RADIUS_DAYS), at.date().plusDays(POINT_RADIUS_DAYS), highlight);
    }

    /** A view of a span with a margin either side (an eighth of its length, at least four months). */
    private View span(LocalDate from, LocalDate to, LedgerMission highlight) {
        long margin = Math.max(MIN_MARGIN_DAYS, ChronoUnit.DAYS.between(from, to) / 8);
        return view(from.minusDays(margin), to.plusDays(margin), highlight);
    }

    /** Every vehicle's lane, kept inside the whole history's view. */
    private View view(LocalDate from, LocalDate to, LedgerMission highlight) {
        LocalDate start = from.isBefore(full.from()) ? full.from() : from;
        LocalDate end = to.isAfter(full.to()) ? full.to() : to;
        return new View(start, end.isBefore(start) ? start : end, Set.of(), highlight == null ? null : highlight.slug(), false);
    }

    private String text(String key, Object... args) {
        return words.text(key, args);
    }

    /** A sentence that may begin with a vehicle's name as it stands inside one ("the Space Shuttle"), capitalised. */
    private String sentence(String key, Object... args) {
        return Formats.sentenceStart(text(key, args), language);
    }

    private String time(Moment moment) {
        return Html.time(moment, words.day(moment));
    }

    private String link(LedgerMission mission) {
        return mission == null ? "" : words.link(mission);
    }

    private static String escape(String text) {
        return Html.escape(text);
    }

    private String vehicle(Change change) {
        return escape(words.vehicle(change.vehicle()));
    }

    /** A vehicle's name inside a sentence, escaped ({@link Wording#vehicleInText}). */
    private String inText(String slug) {
        return escape(words.vehicleInText(slug));
    }

    /** The crew's names as a list, commander first ({@link LedgerMission#crewCommandFirst}), escaped. */
    private String crew(LedgerMission mission) {
        return mission == null ? "" : escape(Formats.list(mission.crewNames(), language));
    }
}
