package org.launchledger.access;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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

    /** Segments in which nobody could fly crews to the station. */
    public List<Segment> gaps() {
        return segments.stream().filter(Segment::isEmpty).toList();
    }
}
