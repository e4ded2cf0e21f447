package org.launchledger.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.launchledger.access.Change;
import org.launchledger.access.Era;
import org.launchledger.access.Segment;
import org.launchledger.history.Moment;
import org.launchledger.history.Outcome;
import org.launchledger.history.Precision;
import org.launchledger.timeline.TimelineChart.Band;
import org.launchledger.timeline.TimelineChart.Bar;
import org.launchledger.timeline.TimelineChart.Block;
import org.launchledger.timeline.TimelineChart.Group;
import org.launchledger.timeline.TimelineChart.Lane;
import org.launchledger.timeline.TimelineChart.Milestone;
import org.launchledger.timeline.TimelineChart.Tick;
import org.launchledger.web.Formats;
import org.launchledger.web.Language;

/**
 * Lays the history out on a time axis: positions only, no markup. Today (the ledger's
 * {@code asOf}) is where history stops: whatever is still under way (a flight not landed, an era
 * or a stand-down still running, who can fly now) ends at today, or at the end of the view if that
 * comes first, and is marked open; nothing is drawn after today. Titles and labels are in the
 * language the caller asks for.
 */
public final class TimelineLayout {

    /** What to draw: a window of days, the vehicles to give lanes (empty: all), one mission to highlight. */
    public record View(LocalDate from, LocalDate to, Set<String> vehicles, String highlight, boolean milestones) {

        public View {
            vehicles = vehicles == null ? Set.of() : Set.copyOf(vehicles);
        }

        /**
         * This view as the query string of {@code /} ("from=2011-07-21&vehicle=soyuz", empty for
         * the whole history): only what differs from {@code full}, so a link to the whole
         * history keeps growing with it. Vehicles in the ledger's order; not URL-encoded (dates and
         * slugs need none).
         */
        public String query(View full, List<String> vehicleOrder) {
            List<String> pairs = new ArrayList<>();
            if (!from.equals(full.from())) {
                pairs.add("from=" + from);
            }
            if (!to.equals(full.to())) {
                pairs.add("to=" + to);
            }
            vehicleOrder.stream().filter(vehicles::contains).forEach(v -> pairs.add("vehicle=" + v));
            return String.join("&", pairs);
        }
    }

    static final int WIDTH = 1200;
    static final int PLOT_LEFT = 132;
    static final int PLOT_RIGHT = WIDTH - 12;
    static final int AXIS_HEIGHT = 26;
    static final int BAND_LABELS_HEIGHT = 44;
    static final int ACCESS_HEIGHT = 18;
    static final int TRACK_HEIGHT = 12;
    static final int TRACK_GAP = 4;
    static final int LANE_PADDING = 8;
    static final int MILESTONE_ROW = 22;
    static final int MIN_BAR = 3;
    /**
     * A lane with more flights in view than this, or needing more tracks than {@link #MAX_TRACKS},
     * counts its flights in columns instead of drawing a bar for each: past a few hundred bars a
     * lane is a smear of overlapping marks, and the page grows with the data instead of the view.
     */
    static final int MAX_BARS = 240;
    static final int MAX_TRACKS = 6;
    /** The width of one column of a counted lane, and the tallest column's height. */
    static final int GROUP_WIDTH = 8;
    static final int GROUP_HEIGHT = 40;

    private final Ledger ledger;
    private final Wording words;
    private final Language language;
    private final View view;
    private final Instant start;
    private final Instant end;
    /** Where anything still under way stops: today, or the end of the view if that is earlier. */
    private final Instant horizon;
    private final Map<String, String> tones = new LinkedHashMap<>();

    private TimelineLayout(Ledger ledger, View view, Language language) {
        this.ledger = ledger;
        this.words = new Wording(ledger, language);
        this.language = language;
        this.view = view;
        this.start = view.from().atStartOfDay(ZoneOffset.UTC).toInstant();
        this.end = view.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        this.horizon = ledger.asOf().isBefore(end) ? ledger.asOf() : end;
        ledger.access().changes().stream().map(Change::country).distinct()
                .forEach(country -> tones.put(country, "k" + tones.size()));
    }

    private String tone(String country) {
        return tones.getOrDefault(country, "none");
    }

    /** The whole history: from the first year with access to the end of the current year. */
    public static View fullView(Ledger ledger) {
        LocalDate last = today(ledger);
        LocalDate first = ledger.access().segments().isEmpty() ? last
                : ledger.access().segments().get(0).from().date();
        return new View(LocalDate.of(first.getYear(), 1, 1), LocalDate.of(last.getYear(), 12, 31), Set.of(), null, true);
    }

    /**
     * A strip placing one mission in its time: the sole-access era it flew in, or began or ended
     * (Demo-2 ended Russia's); else the two years around its launch. Its own vehicle's lane, the
     * mission highlighted.
     */
    public static View missionView(Ledger ledger, LedgerMission mission) {
        View around = eraAround(ledger, mission);
        // The whole flight is in the strip: one still under way runs to a month past today.
        LocalDate flightEnd = mission.inFlightAt(ledger.asOf()) ? today(ledger).plusMonths(1)
                : mission.landing() == null ? mission.launch().date() : mission.landing().date();
        return flightEnd.isAfter(around.to())
                ? new View(around.from(), flightEnd, around.vehicles(), around.highlight(), false) : around;
    }

    private static View eraAround(Ledger ledger, LedgerMission mission) {
        LocalDate launched = mission.launch().date();
        LocalDate last = fullView(ledger).to();
        Stream<Era> flewIn = ledger.access().eras().stream()
                .filter(e -> !e.from().at().isAfter(mission.launch().at())
                        && (e.to() == null || e.to().at().isAfter(mission.launch().at())));
        Stream<Era> marked = ledger.access().eras().stream()
                .filter(e -> marks(e.startedBy(), mission) || marks(e.endedBy(), mission));
        return Stream.concat(flewIn, marked)
                .findFirst()
                .map(e -> new View(e.from().date().withDayOfMonth(1), e.to() == null ? last : e.to().date().plusMonths(3),
                        Set.of(mission.vehicle()), mission.slug(), false))
                .orElse(new View(launched.minusYears(1), launched.plusYears(1), Set.of(mission.vehicle()),
                        mission.slug(), false));
    }

    private static LocalDate today(Ledger ledger) {
        return ledger.asOf().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** Whether a moment that may be absent (still open) had come by {@code now}. */
    private static boolean ended(Moment to, Instant now) {
        return to != null && !to.at().isAfter(now);
    }

    private static boolean marks(Change change, LedgerMission mission) {
        return change != null && mission.slug().equals(change.mission());
    }

    /** One vehicle's lane over the whole history, with its milestones. */
    public static View vehicleView(Ledger ledger, String vehicle) {
        View full = fullView(ledger);
        return new View(full.from(), full.to(), Set.of(vehicle), null, true);
    }

    /** The chart of a view of the history, its words in {@code language}. */
    public static TimelineChart draw(Ledger ledger, View view, Language language) {
        return new TimelineLayout(ledger, view, language).chart();
    }

    private TimelineChart chart() {
        int accessY = AXIS_HEIGHT + BAND_LABELS_HEIGHT;
        int lanesTop = accessY + ACCESS_HEIGHT + 14;
        List<Lane> lanes = new ArrayList<>();
        int y = lanesTop;
        for (LedgerVehicle vehicle : ledger.vehicles()) {
            if (!view.vehicles().isEmpty() && !view.vehicles().contains(vehicle.slug())) {
                continue;
            }
            Lane lane = lane(vehicle, y);
            lanes.add(lane);
            y += lane.height();
        }
        int lanesBottom = y;
        List<Milestone> milestones = view.milestones() ? milestones(lanesBottom + 14) : List.of();
        int milestoneRows = milestones.stream().mapToInt(Milestone::y).distinct().toArray().length;
        int height = lanesBottom + (milestones.isEmpty() ? 8 : 14 + milestoneRows * MILESTONE_ROW + 6);
        String title = words.text("timeline.chart.title", view.from().toString(), view.to().toString());
        String description = words.text("timeline.chart.description");
        return new TimelineChart(view.from(), view.to(), WIDTH, height, PLOT_LEFT, PLOT_RIGHT, accessY, lanesTop, lanesBottom,
                lanesBottom + 14, title, description, ticks(), today(), bands(), accessBlocks(), lanes, milestones,
                tones.entrySet().stream().map(t -> new TimelineChart.CountryKey(t.getKey(), Formats.country(t.getKey(), language),
                        t.getValue())).toList());
    }

    private int x(Instant at) {
        double fraction = (double) (at.toEpochMilli() - start.toEpochMilli()) / (end.toEpochMilli() - start.toEpochMilli());
        fraction = Math.max(0, Math.min(1, fraction));
        return PLOT_LEFT + (int) Math.round(fraction * (PLOT_RIGHT - PLOT_LEFT));
    }

    private int x(Moment at) {
        return x(at.at());
    }

    /** The right edge of something that ends at {@code to}: at today (the horizon) while it is open. */
    private int right(Moment to) {
        return open(to) ? x(horizon) : x(to);
    }

    /** Still under way today: no end yet, or an end still to come. */
    private boolean open(Moment to) {
        return !ended(to, ledger.asOf());
    }

    /** Whether a span has a part in the view before the horizon (one still open lasts until today). */
    private boolean visible(Moment from, Moment to) {
        return from.at().isBefore(horizon) && (open(to) ? ledger.asOf() : to.at()).isAfter(start);
    }

    /** Fewest SVG units between two month ticks for a view to be marked by month, not by year. */
    static final int MONTH_TICK_SPACING = 60;
    /** Fewest SVG units a day takes for a view to be marked by day. */
    static final int DAY_TICK_SPACING = 12;
    /** Widest day, in SVG units, for which only every fifth day is numbered. */
    private static final int NUMBER_EVERY_DAY_FROM = 24;

    /**
     * The axis's marks: a tick a year, labelled with the year (every 2 or 5 years where they crowd); a view of about a
     * year and a half or less, a tick a month (the month's short name, January by its year); a view of about three
     * months or less, a tick a day (its number, or every fifth day's where they crowd; the view's first day and the
     * first of a month by the month's name too). Days are UTC.
     */
    private List<Tick> ticks() {
        double pixelsPerDay = (double) (PLOT_RIGHT - PLOT_LEFT) * 86_400_000 / (end.toEpochMilli() - start.toEpochMilli());
        if (pixelsPerDay >= DAY_TICK_SPACING) {
            return dayTicks(pixelsPerDay);
        }
        if (pixelsPerDay * 365.25 / 12 >= MONTH_TICK_SPACING) {
            return monthTicks();
        }
        return yearTicks();
    }

    private List<Tick> dayTicks(double pixelsPerDay) {
        List<Tick> ticks = new ArrayList<>();
        for (LocalDate day = view.from(); !day.isAfter(view.to()); day = day.plusDays(1)) {
            Instant at = day.atStartOfDay(ZoneOffset.UTC).toInstant();
            // Where only every fifth day is numbered, the last days of a month leave room for the next one's name.
            boolean numbered = pixelsPerDay >= NUMBER_EVERY_DAY_FROM
                    || day.getDayOfMonth() % 5 == 0 && day.getDayOfMonth() <= day.lengthOfMonth() - 2;
            String label = day.getDayOfMonth() == 1 || day.equals(view.from()) ? Formats.dayAndMonth(day, language)
                    : numbered ? String.valueOf(day.getDayOfMonth()) : "";
            ticks.add(new Tick(x(at), label));
        }
        return ticks;
    }

    private List<Tick> monthTicks() {
        List<Tick> ticks = new ArrayList<>();
        LocalDate month = view.from().withDayOfMonth(1);
        if (month.isBefore(view.from())) {
            month = month.plusMonths(1);
        }
        for (; !month.isAfter(view.to()); month = month.plusMonths(1)) {
            Instant at = month.atStartOfDay(ZoneOffset.UTC).toInstant();
            ticks.add(new Tick(x(at), month.getMonthValue() == 1 ? String.valueOf(month.getYear())
                    : Formats.monthShort(month, language)));
        }
        return ticks;
    }

    private List<Tick> yearTicks() {
        List<Tick> ticks = new ArrayList<>();
        int firstYear = view.from().getYear() + (view.from().getDayOfYear() == 1 ? 0 : 1);
        int years = view.to().getYear() - firstYear + 1;
        double pixelsPerYear = (double) (PLOT_RIGHT - PLOT_LEFT) * 365.25 * 86_400_000
                / (end.toEpochMilli() - start.toEpochMilli());
        int every = pixelsPerYear >= 40 ? 1 : pixelsPerYear >= 20 ? 2 : 5;
        for (int year = firstYear; year < firstYear + years; year++) {
            Instant at = LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
            if (at.isBefore(end)) {
                ticks.add(new Tick(x(at), year % every == 0 ? String.valueOf(year) : ""));
            }
        }
        return ticks;
    }

    /** A line at today where the view runs past it: what lies right of it has not happened yet. */
    private TimelineChart.Today today() {
        if (horizon.equals(end) || ledger.asOf().isBefore(start)) {
            return null;
        }
        String day = words.day(new Moment(ledger.asOf(), Precision.DAY));
        return new TimelineChart.Today(x(horizon), words.text("timeline.chart.today"),
                words.text("timeline.chart.today.title", day));
    }

    private List<Band> bands() {
        List<Band> bands = new ArrayList<>();
        for (Era era : ledger.access().eras()) {
            if (!visible(era.from(), era.to())) {
                continue;
            }
            int left = x(era.from());
            int width = Math.max(2, right(era.to()) - left);
            String country = Formats.country(era.country(), language);
            String span = words.dates(era.from(), era.to());
            String length = Formats.ymd(era.from(), era.to(), language);
            String label = width >= 90 ? words.text("timeline.band.only", country) : width >= 28 ? Formats.countryShort(era.country(), language) : "";
            String spanAndLength = era.to() == null ? span : words.text("timeline.band.span-length", span, length);
            String detail = width >= 230 ? spanAndLength : width >= 120 && era.to() != null
                    ? era.from().date().getYear() + "–" + era.to().date().getYear() : "";
            String title = era.endedBy() == null
                    ? words.text("timeline.band.era.open", country, spanAndLength, words.describe(era.startedBy()),
                            era.country())
                    : words.text("timeline.band.era", country, spanAndLength, words.describe(era.startedBy()),
                            words.describe(era.endedBy()), era.country());
            bands.add(new Band(left, width, "era", era.country(), tone(era.country()), label, detail, title,
                    era.isOpen()));
        }
        for (Segment gap : ledger.access().gaps()) {
            if (!visible(gap.from(), gap.to())) {
                continue;
            }
            int left = x(gap.from());
            String title = gap.to() == null ? words.text("timeline.band.gap.open", words.dates(gap.from(), null))
                    : words.text("timeline.band.gap", words.dates(gap.from(), gap.to()),
                            Formats.ymd(gap.from(), gap.to(), language));
            bands.add(new Band(left, Math.max(3, right(gap.to()) - left), "gap", "", "none", "", "", title,
                    gap.to() == null));
        }
        return bands;
    }

    private List<Block> accessBlocks() {
        List<Block> blocks = new ArrayList<>();
        for (Segment s : ledger.access().segments()) {
            if (!visible(s.from(), s.to())) {
                continue;
            }
            String css = s.isEmpty() ? "none" : s.countries().size() > 1 ? "several" : "tone-" + tone(s.soleCountry());
            String title = s.isEmpty() ? words.text("timeline.access.nobody", words.dates(s.from(), s.to()))
                    : words.text("timeline.access.who", words.dates(s.from(), s.to()),
                            words.vehiclesInText(List.copyOf(s.vehicles())));
            int left = x(s.from());
            blocks.add(new Block(left, Math.max(1, right(s.to()) - left), css, title, s.to() == null));
        }
        return blocks;
    }

    private Lane lane(LedgerVehicle vehicle, int top) {
        List<LedgerMission> missions = ledger.missionsOf(vehicle.slug()).stream()
                .filter(m -> m.launchedBy(ledger.asOf())
                        && visible(m.launch(), m.landing()))
                .toList();
        List<int[]> placed = missions.size() > MAX_BARS ? null : tracks(missions);
        boolean counted = placed == null || placed.stream().anyMatch(p -> p[2] >= MAX_TRACKS);
        List<Bar> bars = new ArrayList<>();
        List<Group> groups = List.of();
        int height;
        if (counted) {
            // The highlighted flight keeps its own bar above the columns, so a mission's page still points it out.
            missions.stream().filter(m -> m.slug().equals(view.highlight())).findFirst()
                    .ifPresent(m -> bars.add(bar(m, x(m.launch()), flightRight(m), top + LANE_PADDING)));
            groups = groups(vehicle, missions, top + LANE_PADDING + TRACK_HEIGHT + TRACK_GAP + GROUP_HEIGHT);
            height = 2 * LANE_PADDING + TRACK_HEIGHT + TRACK_GAP + GROUP_HEIGHT;
        } else {
            int tracks = placed.stream().mapToInt(p -> p[2] + 1).max().orElse(1);
            height = 2 * LANE_PADDING + tracks * TRACK_HEIGHT + (tracks - 1) * TRACK_GAP;
            for (int i = 0; i < missions.size(); i++) {
                int[] p = placed.get(i);
                bars.add(bar(missions.get(i), p[0], p[1], top + LANE_PADDING + p[2] * (TRACK_HEIGHT + TRACK_GAP)));
            }
        }
        List<Block> standDowns = new ArrayList<>();
        for (LedgerStandDown s : ledger.standDowns()) {
            if (s.vehicle().equals(vehicle.slug()) && visible(s.from(), s.to())) {
                int left = x(s.from());
                boolean open = open(s.to());
                standDowns.add(new Block(left, Math.max(2, right(s.to()) - left), "stand-down",
                        words.text("timeline.stand-down", words.dates(s.from(), open ? null : s.to()), words.reason(s)), open));
            }
        }
        return new Lane(vehicle.slug(), Formats.vehicle(vehicle.slug(), vehicle.name(), language), vehicle.country(),
                tone(vehicle.country()), top, height, bars, groups, standDowns);
    }

    /** Where a flight's bar ends: at least {@link #MIN_BAR} wide so a short flight shows, but never past today. */
    private int flightRight(LedgerMission m) {
        return Math.min(Math.max(x(m.launch()) + MIN_BAR, right(m.landing())), x(horizon));
    }

    /**
     * Each flight's left and right edge and its track: flights that overlap in time go on separate
     * tracks, first free track first. Stops at {@link #MAX_TRACKS} tracks, the last one placed
     * there: such a lane is counted, not drawn.
     */
    private List<int[]> tracks(List<LedgerMission> missions) {
        List<Integer> trackEnds = new ArrayList<>();
        List<int[]> placed = new ArrayList<>();
        for (LedgerMission m : missions) {
            int left = x(m.launch());
            int right = flightRight(m);
            int track = 0;
            while (track < trackEnds.size() && trackEnds.get(track) > left - 1) {
                track++;
            }
            if (track == trackEnds.size()) {
                trackEnds.add(right);
            } else {
                trackEnds.set(track, right);
            }
            placed.add(new int[] {left, right, track});
            if (track >= MAX_TRACKS) {
                break;
            }
        }
        return placed;
    }

    private Bar bar(LedgerMission m, int left, int right, int barY) {
        // Docked until undocking; where that is unknown, until landing (or still docked today).
        Moment undocked = m.undocking() != null ? m.undocking() : m.landing();
        boolean docked = m.docking() != null && m.docking().at().isBefore(horizon);
        int dockX = docked ? x(m.docking()) : 0;
        int dockWidth = docked ? Math.max(1, right(undocked) - dockX) : 0;
        boolean open = m.inFlightAt(ledger.asOf());
        return new Bar(m.slug(), left, barY, right - left, TRACK_HEIGHT, dockX, dockWidth,
                m.outcome() == Outcome.LAUNCH_ABORT, open, m.slug().equals(view.highlight()), barTitle(m, open));
    }

    /**
     * The flights of a counted lane by launch, in columns {@link #GROUP_WIDTH} wide: each column as
     * tall as its count against the fullest column's, standing on {@code baseline}, linked to the
     * list of those flights (the vehicle's, launched from the column's first launch day to its last).
     */
    private List<Group> groups(LedgerVehicle vehicle, List<LedgerMission> missions, int baseline) {
        Map<Integer, List<LedgerMission>> columns = new LinkedHashMap<>();
        for (LedgerMission m : missions) {
            int column = (Math.max(x(m.launch()), PLOT_LEFT) - PLOT_LEFT) / GROUP_WIDTH;
            columns.computeIfAbsent(column, c -> new ArrayList<>()).add(m);
        }
        int most = columns.values().stream().mapToInt(List::size).max().orElse(1);
        String name = Formats.vehicle(vehicle.slug(), vehicle.name(), language);
        String inText = Formats.vehicleInText(vehicle.slug(), vehicle.name(), language);
        List<Group> groups = new ArrayList<>();
        columns.forEach((column, flights) -> {
            Moment first = day(flights.get(0).launch());
            Moment last = day(flights.get(flights.size() - 1).launch());
            int height = Math.max(2, (int) Math.round((double) GROUP_HEIGHT * flights.size() / most));
            String query = "vehicle=" + vehicle.slug() + "&from=" + first.date() + "&to=" + last.date();
            groups.add(new Group(PLOT_LEFT + column * GROUP_WIDTH, baseline - height, GROUP_WIDTH - 1, height,
                    flights.size(), query,
                    words.text("timeline.group", flights.size(), name, words.dates(first, last), inText)));
        });
        return groups;
    }

    private static Moment day(Moment moment) {
        return new Moment(moment.at(), Precision.DAY);
    }

    /**
     * "Crew Dragon Demo-2 · launched 30 May 2020, 19:22 UTC · landed … · what happened. Crew: …"; a mission
     * whose sources have yet to confirm it says so after its designation, as the pages' links do.
     */
    private String barTitle(LedgerMission m, boolean open) {
        String state = open ? "open" : m.landing() != null ? "landed" : "unknown";
        String name = m.unverified() ? words.text("timeline.bar.unverified", m.designation()) : m.designation();
        return words.text("timeline.bar", name, Formats.human(m.launch(), language), state,
                m.landing() == null ? "" : Formats.human(m.landing(), language),
                Formats.explanation(m.outcome(), language),
                Formats.list(m.crewNames(), language), m.crew().size());
    }

    private List<Milestone> milestones(int top) {
        List<Milestone> milestones = new ArrayList<>();
        List<Integer> rowEnds = new ArrayList<>();
        int number = 1;
        for (Change change : ledger.access().changes()) {
            boolean shown = view.vehicles().isEmpty() || view.vehicles().contains(change.vehicle());
            if (!shown || !visible(change.at(), change.at())) {
                continue;
            }
            int at = x(change.at());
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row) > at - 20) {
                row++;
            }
            if (row == rowEnds.size()) {
                rowEnds.add(at);
            } else {
                rowEnds.set(row, at);
            }
            milestones.add(new Milestone(number++, at, top + 10 + row * MILESTONE_ROW, change.kind().name()
                    .toLowerCase().replace('_', '-'), Formats.day(change.at()), words.phrase(change)));
        }
        return milestones;
    }
}
