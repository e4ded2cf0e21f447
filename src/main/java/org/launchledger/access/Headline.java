package org.launchledger.access;

import java.util.List;
import java.util.Optional;
import org.launchledger.history.Mission;
import org.launchledger.web.Formats;
import org.launchledger.web.MessageExtensions;

/**
 * The sentence above the chart: the longest sole-access era that has ended (Russia's, in the
 * real history), how it began and ended, and the first crew rotation of the vehicle that ended it.
 */
public record Headline(Era era, String country, Phrase began, Phrase ended, String span, List<Segment> gaps,
                       Mission firstRotation) {

    public static Optional<Headline> of(Ledger ledger) {
        return ledger.access().longestEndedEra().map(era -> {
            Mission ending = ledger.mission(era.endedBy().mission()).orElse(null);
            Mission next = ending == null ? null : ledger.nextRotationAfter(ending).orElse(null);
            return new Headline(era, Formats.country(era.country(), MessageExtensions.current()), ledger.phrase(era.startedBy()),
                    ledger.phrase(era.endedBy()), Formats.ymd(era.from(), era.to(), MessageExtensions.current()), ledger.access().gapsWithin(era), next);
        });
    }
}
