package org.launchledger.access;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.launchledger.access.TimelineChart.Band;
import org.launchledger.access.TimelineChart.Bar;
import org.launchledger.access.TimelineChart.Block;
import org.launchledger.access.TimelineChart.Lane;
import org.launchledger.access.TimelineChart.Milestone;
import org.launchledger.access.TimelineChart.Tick;
import org.launchledger.history.Mission;
import org.launchledger.history.Moment;
import org.launchledger.history.Outcome;
import org.launchledger.history.Precision;
import org.launchledger.history.StandDown;
import org.launchledger.history.Vehicle;
import org.launchledger.web.Formats;
import org.launchledger.web.MessageExtensions;

/**
 * Lays the history out on a time axis: positions only, no markup. Today (the ledger's
 * {@code asOf}) is where history stops: whatever is still under way (a flight not landed, an era
 * or a stand-down still running, who can fly now) ends at today, or at the end of the view if that
 * comes first, and is marked open; nothing is drawn after today.
 */
public final class TimelineLayout {

    /** What to draw: a window of days, the vehicles to give lanes (empty: all), one mission to highlight. */
    public record View(LocalDate from, LocalDate to, Set<String> vehicles, String highlight, boolean milestones) {

        public View {
            vehicles = vehicles == null ? Set.of() : Set.copyOf(vehicles);
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

    private final Ledger ledger;
    private final View view;
    private final Instant start;
    private final Instant end;
    /** Where anything still under way stops: today, or the end of the view if that is earlier. */
    private final Instant horizon;
    private final Map<String, String> tones = new LinkedHashMap<>();

    private TimelineLayout(Ledger ledger, View view) {
        this.ledger = ledger;
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
    public static View missionView(Ledger ledger, Mission mission) {
        View around = eraAround(ledger, mission);
        // The whole flight is in the strip: one still under way runs to a month past today.
        LocalDate flightEnd = mission.inFlightAt(ledger.asOf()) ? today(ledger).plusMonths(1)
                : mission.landing() == null ? mission.launch().date() : mission.landing().date();
        return flightEnd.isAfter(around.to())
                ? new View(around.from(), flightEnd, around.vehicles(), around.highlight(), false) : around;
    }

    private static View eraAround(Ledger ledger, Mission mission) {
        LocalDate launched = mission.launch().date();
        LocalDate last = fullView(ledger).to();
        Stream<Era> flewIn = ledger.access().eras().stream()
                .filter(e -> !e.from().at().isAfter(mission.launchAt)
                        && (e.to() == null || e.to().at().isAfter(mission.launchAt)));
        Stream<Era> marked = ledger.access().eras().stream()
                .filter(e -> marks(e.startedBy(), mission) || marks(e.endedBy(), mission));
        return Stream.concat(flewIn, marked)
                .findFirst()
                .map(e -> new View(e.from().date().withDayOfMonth(1), e.to() == null ? last : e.to().date().plusMonths(3),
                        Set.of(mission.vehicle.slug), mission.slug, false))
                .orElse(new View(launched.minusYears(1), launched.plusYears(1), Set.of(mission.vehicle.slug),
                        mission.slug, false));
    }

    private static LocalDate today(Ledger ledger) {
        return ledger.asOf().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** Whether a moment that may be absent (still open) had come by {@code now}. */
    private static boolean ended(Moment to, Instant now) {
        return to != null && !to.at().isAfter(now);
    }

    private static boolean marks(Change change, Mission mission) {
        return change != null && mission.slug.equals(change.mission());
    }

    /** One vehicle's lane over the whole history, with its milestones. */
    public static View vehicleView(Ledger ledger, Vehicle vehicle) {
        View full = fullView(ledger);
        return new View(full.from(), full.to(), Set.of(vehicle.slug), null, true);
    }

    public static TimelineChart draw(Ledger ledger, View view) {
        return new TimelineLayout(ledger, view).chart();
    }

    private TimelineChart chart() {
        int accessY = AXIS_HEIGHT + BAND_LABELS_HEIGHT;
        int lanesTop = accessY + ACCESS_HEIGHT + 14;
        List<Lane> lanes = new ArrayList<>();
        int y = lanesTop;
        for (Vehicle vehicle : ledger.vehicles()) {
            if (!view.vehicles().isEmpty() && !view.vehicles().contains(vehicle.slug)) {
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
        String title = "Crewed access to the ISS, " + view.from() + " to " + view.to();
        String description = "One lane per vehicle with a bar per mission from launch to landing; "
                + "coloured bands mark the periods when a single country alone could fly crews to the station.";
        return new TimelineChart(view.from(), view.to(), WIDTH, height, PLOT_LEFT, PLOT_RIGHT, accessY, lanesTop, lanesBottom,
                lanesBottom + 14, title, description, ticks(), today(), bands(), accessBlocks(), lanes, milestones,
                tones.entrySet().stream().map(t -> new TimelineChart.CountryKey(t.getKey(), Formats.country(t.getKey(), MessageExtensions.current()),
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

    private List<Tick> ticks() {
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
        String day = Formats.day(new Moment(ledger.asOf(), Precision.DAY));
        return new TimelineChart.Today(x(horizon), "Today", "Today, " + day + ": nothing after it has happened yet");
    }

    private List<Band> bands() {
        List<Band> bands = new ArrayList<>();
        for (Era era : ledger.access().eras()) {
            if (!visible(era.from(), era.to())) {
                continue;
            }
            int left = x(era.from());
            int width = Math.max(2, right(era.to()) - left);
            String country = Formats.country(era.country(), MessageExtensions.current());
            String span = dates(era.from(), era.to());
            String length = era.to() == null ? "" : " · " + Formats.ymd(era.from(), era.to(), MessageExtensions.current());
            String label = width >= 90 ? country + " only" : width >= 28 ? era.country() : "";
            String detail = width >= 230 ? span + length : width >= 120 && era.to() != null
                    ? era.from().date().getYear() + "–" + era.to().date().getYear() : "";
            String title = "Only " + country + " could fly crews to the ISS: " + span + length
                    + ". Began with " + ledger.describe(era.startedBy())
                    + (era.endedBy() == null ? "; still lasts." : "; ended by " + ledger.describe(era.endedBy()) + ".");
            bands.add(new Band(left, width, "era", era.country(), tone(era.country()), label, detail, title,
                    era.isOpen()));
        }
        for (Segment gap : ledger.access().gaps()) {
            if (!visible(gap.from(), gap.to())) {
                continue;
            }
            int left = x(gap.from());
            String title = "No crewed access at all: " + dates(gap.from(), gap.to())
                    + (gap.to() == null ? "" : " (" + Formats.ymd(gap.from(), gap.to(), MessageExtensions.current()) + ")");
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
            String who = s.isEmpty() ? "nobody"
                    : s.vehicles().stream().map(v -> ledger.vehicle(v).map(x -> x.name).orElse(v))
                    .collect(Collectors.joining(", "));
            String title = dates(s.from(), s.to()) + ": " + who;
            int left = x(s.from());
            blocks.add(new Block(left, Math.max(1, right(s.to()) - left), css, title, s.to() == null));
        }
        return blocks;
    }

    private Lane lane(Vehicle vehicle, int top) {
        List<Mission> missions = ledger.missions().stream()
                .filter(m -> m.vehicle.slug.equals(vehicle.slug) && m.launchedBy(ledger.asOf())
                        && visible(m.launch(), m.landing()))
                .toList();
        // Flights that overlap in time go on separate tracks, first free track first.
        List<Integer> trackEnds = new ArrayList<>();
        List<int[]> placed = new ArrayList<>();
        for (Mission m : missions) {
            int left = x(m.launch());
            int right = Math.max(left + MIN_BAR, right(m.landing()));
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
        }
        int tracks = Math.max(1, trackEnds.size());
        int height = 2 * LANE_PADDING + tracks * TRACK_HEIGHT + (tracks - 1) * TRACK_GAP;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < missions.size(); i++) {
            Mission m = missions.get(i);
            int[] p = placed.get(i);
            int barY = top + LANE_PADDING + p[2] * (TRACK_HEIGHT + TRACK_GAP);
            // Docked until undocking; where that is unknown, until landing (or still docked today).
            Moment undocked = m.undocking() != null ? m.undocking() : m.landing();
            boolean docked = m.docking() != null && m.docking().at().isBefore(horizon);
            int dockX = docked ? x(m.docking()) : 0;
            int dockWidth = docked ? Math.max(1, right(undocked) - dockX) : 0;
            boolean open = m.inFlightAt(ledger.asOf());
            bars.add(new Bar(m.slug, p[0], barY, p[1] - p[0], TRACK_HEIGHT, dockX, dockWidth,
                    m.outcome == Outcome.LAUNCH_ABORT, open, m.slug.equals(view.highlight()), barTitle(m, open)));
        }
        List<Block> standDowns = new ArrayList<>();
        for (StandDown s : ledger.standDowns()) {
            if (s.vehicle.slug.equals(vehicle.slug) && visible(s.from(), s.to())) {
                int left = x(s.from());
                boolean open = open(s.to());
                standDowns.add(new Block(left, Math.max(2, right(s.to()) - left), "stand-down",
                        "Stand-down " + dates(s.from(), open ? null : s.to()) + ": " + s.reason, open));
            }
        }
        return new Lane(vehicle.slug, vehicle.name, vehicle.country, tone(vehicle.country), top, height, bars, standDowns);
    }

    /** "2018-10-11 – 2018-12-03", or "2024-09-07 – today (ongoing)" while {@code to} is open. */
    private static String dates(Moment from, Moment to) {
        return Formats.day(from) + " – " + (to == null ? "today (" + ONGOING + ")" : Formats.day(to));
    }

    /** The word every open shape's title carries, for those who cannot see its open end. */
    static final String ONGOING = "ongoing";

    private static String barTitle(Mission m, boolean open) {
        StringBuilder t = new StringBuilder(m.designation);
        t.append(" · launched ").append(Formats.human(m.launch(), MessageExtensions.current()));
        if (open) {
            t.append(" · in flight (").append(ONGOING).append(")");
        } else if (m.landing() != null) {
            t.append(" · landed ").append(Formats.human(m.landing(), MessageExtensions.current()));
        }
        t.append(" · ").append(Formats.explanation(m.outcome, MessageExtensions.current()));
        if (!m.crew.isEmpty()) {
            t.append(" Crew: ").append(m.crew.stream().map(s -> s.person.name).collect(Collectors.joining(", ")));
        }
        return t.toString();
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
                    .toLowerCase().replace('_', '-'), Formats.day(change.at()), ledger.describe(change)));
        }
        return milestones;
    }
}
