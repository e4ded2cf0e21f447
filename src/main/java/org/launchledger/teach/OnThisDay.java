package org.launchledger.teach;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.launchledger.access.Segment;
import org.launchledger.history.Moment;
import org.launchledger.timeline.Ledger;
import org.launchledger.timeline.LedgerMission;
import org.launchledger.timeline.LedgerSeat;

/**
 * One day of the station's history, read from the {@link Ledger}: who was aboard and on which
 * flight each had come, the flights docked, who could fly crews there, and the launches either
 * side. Facts only, at day precision in UTC: a stay counts on its docking day and its undocking
 * day alike.
 *
 * @param day the day, UTC
 * @param aboard the people aboard, in the order their flights docked
 * @param docked the flights docked at some time that day, in docking order
 * @param access the access segments that day overlaps (several when access changed that day)
 * @param before the last crewed flight launched on or before the day; empty before the first
 * @param after the first crewed flight launched after the day (by the ledger's today); empty if none yet
 */
public record OnThisDay(LocalDate day, List<Aboard> aboard, List<LedgerMission> docked, List<Segment> access,
                        Optional<LedgerMission> before, Optional<LedgerMission> after) {

    /** The lists are copied: the record cannot be changed through them. */
    public OnThisDay {
        aboard = List.copyOf(aboard);
        docked = List.copyOf(docked);
        access = List.copyOf(access);
    }

    /** A person aboard: their seat, the flight they came on, and the flight they left on (null while still there). */
    public record Aboard(LedgerSeat seat, LedgerMission cameOn, LedgerMission leftOn) {
    }

    /** The day {@code day} as the ledger knows it (nothing after the ledger's today counts). */
    public static OnThisDay of(Ledger ledger, LocalDate day) {
        List<LedgerMission> flown = ledger.missions().stream()
                .filter(m -> m.launchedBy(ledger.asOf()))
                .sorted(Comparator.comparing(LedgerMission::launch))
                .toList();
        List<LedgerMission> docked = flown.stream()
                .filter(m -> m.docking() != null && spans(m.docking(), leftStation(m), day))
                .sorted(Comparator.comparing(LedgerMission::docking))
                .toList();
        List<Aboard> aboard = flown.stream()
                .filter(m -> m.docking() != null)
                .sorted(Comparator.comparing(LedgerMission::docking))
                .flatMap(m -> m.crew().stream().map(seat -> {
                    LedgerMission home = ledger.mission(seat.landedOn()).orElse(null);
                    return new Aboard(seat, m, home);
                }))
                .filter(a -> spans(a.cameOn().docking(), a.leftOn() == null ? null : leftStation(a.leftOn()), day))
                .toList();
        List<Segment> access = ledger.access().segments().stream()
                .filter(s -> overlaps(s, day))
                .toList();
        Optional<LedgerMission> before = flown.stream()
                .filter(m -> !m.launch().date().isAfter(day))
                .reduce((first, second) -> second);
        Optional<LedgerMission> after = flown.stream()
                .filter(m -> m.launch().date().isAfter(day))
                .findFirst();
        return new OnThisDay(day, aboard, docked, access, before, after);
    }

    /** When a flight left the station: its undocking, else (where the data lacks it) its landing; null while there. */
    private static Moment leftStation(LedgerMission flight) {
        return flight.undocking() != null ? flight.undocking() : flight.landing();
    }

    /** Whether a stay from {@code arrived} to {@code left} (null: still there) includes any of {@code day}. */
    private static boolean spans(Moment arrived, Moment left, LocalDate day) {
        return !arrived.date().isAfter(day) && (left == null || !left.date().isBefore(day));
    }

    /** Whether a segment covers any part of {@code day}: it begins before the day ends and ends after it begins. */
    private static boolean overlaps(Segment segment, LocalDate day) {
        boolean beginsByDayEnd = segment.from().at().isBefore(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        boolean endsAfterDayStart = segment.to() == null
                || segment.to().at().isAfter(day.atStartOfDay(ZoneOffset.UTC).toInstant());
        return beginsByDayEnd && endsAfterDayStart;
    }

    /** Whether nobody could fly crews to the station at any time that day. */
    public boolean nobodyCouldFly() {
        return access.stream().allMatch(Segment::isEmpty);
    }
}
