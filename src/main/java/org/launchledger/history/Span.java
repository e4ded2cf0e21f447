package org.launchledger.history;

import java.time.Duration;
import java.util.Collection;

/**
 * A derived length of time and how far it can be trusted: as precise as the coarsest moment it
 * was measured from, so a span that starts or ends on a bare date never claims hours.
 */
public record Span(Duration length, Precision precision) {

    /** The time between two moments; null when either is unknown. */
    public static Span between(Moment from, Moment to) {
        return from == null || to == null ? null : new Span(Duration.between(from.at(), to.at()), from.coarser(to));
    }

    /** Several spans added up; null for none. */
    public static Span sum(Collection<Span> spans) {
        return spans.stream().reduce((a, b) -> new Span(a.length.plus(b.length),
                a.precision.compareTo(b.precision) <= 0 ? a.precision : b.precision)).orElse(null);
    }
}
