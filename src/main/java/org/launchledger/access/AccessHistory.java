package org.launchledger.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.launchledger.history.Moment;

/** The result of the analysis: segments in time order, sole-access eras, and every change. */
public record AccessHistory(List<Segment> segments, List<Era> eras, List<Change> changes) {

    public AccessHistory {
        segments = List.copyOf(segments);
        eras = List.copyOf(eras);
        changes = List.copyOf(changes);
    }

    /** The longest sole-access era that has ended: the monopoly a headline is about. */
    public Optional<Era> longestEndedEra() {
        return eras.stream()
                .filter(e -> !e.isOpen())
                .max(Comparator.comparing(e -> e.to().at().toEpochMilli() - e.from().at().toEpochMilli()));
    }

    /**
     * The whole span cut at the eras: each sole-access era, and the stretches between them when
     * more than one country (or, before the first era, none) could fly crews. {@code country} is
     * null for a shared stretch; the last period's {@code to} is null while it lasts.
     */
    public List<Period> periods() {
        List<Period> periods = new ArrayList<>();
        if (segments.isEmpty()) {
            return periods;
        }
        Moment cursor = segments.get(0).from();
        for (Era era : eras) {
            if (era.from().compareTo(cursor) > 0) {
                periods.add(new Period(null, cursor, era.from()));
            }
            periods.add(new Period(era.country(), era.from(), era.to()));
            cursor = era.to();
            if (cursor == null) {
                return periods;
            }
        }
        periods.add(new Period(null, cursor, null));
        return periods;
    }

    /**
     * The instant at which a launch counts, when flights are sorted into periods. A launch that
     * began its own vehicle's stand-down (a launch abort, a launch that wrecked the pad) counts in
     * the period it closed, just before the change.
     */
    public Instant countedAt(String mission, Instant launch) {
        boolean closedAccess = changes.stream()
                .anyMatch(c -> c.kind() == Change.Kind.STAND_DOWN_BEGAN && mission.equals(c.mission())
                        && c.at().at().equals(launch));
        return closedAccess ? launch.minusNanos(1) : launch;
    }

    /** A sole-access era ({@code country} set) or a stretch of shared access between two. */
    public record Period(String country, Moment from, Moment to) {

        public boolean contains(Instant at) {
            return !at.isBefore(from.at()) && (to == null || at.isBefore(to.at()));
        }
    }

    /** The times inside an era when nobody at all could fly crews. */
    public List<Segment> gapsWithin(Era era) {
        return gaps().stream()
                .filter(g -> g.from().compareTo(era.from()) >= 0 && g.to() != null
                        && (era.to() == null || g.to().compareTo(era.to()) <= 0))
                .toList();
    }

    /** Segments in which nobody could fly crews to the station. */
    public List<Segment> gaps() {
        return segments.stream().filter(Segment::isEmpty).toList();
    }
}
