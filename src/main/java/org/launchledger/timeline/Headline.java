package org.launchledger.timeline;

import java.util.Optional;
import org.launchledger.access.Era;
import org.launchledger.access.Segment;
import org.launchledger.web.Formats;

/**
 * The sentences above the chart, as HTML: the longest sole-access era that has ended (Russia's, in
 * the real history), how it began and ended and when nobody could fly; then the first crew rotation
 * of the vehicle that ended it ({@code second}, null where there is none).
 */
public record Headline(Era era, String lead, String second) {

    /** The headline of the ledger's history in the wording's language; empty while no era has ended. */
    public static Optional<Headline> of(Ledger ledger, Wording words) {
        return ledger.access().longestEndedEra().map(era -> {
            LedgerMission ending = ledger.mission(era.endedBy().mission()).orElse(null);
            LedgerMission next = ending == null ? null : ledger.nextRotationAfter(ending).orElse(null);
            StringBuilder lead = new StringBuilder(words.text("timeline.headline.era",
                    Html.strong(Formats.country(era.country(), words.language())),
                    Html.strong(Formats.ymd(era.from(), era.to(), words.language())),
                    Html.time(era.from(), words.day(era.from())), words.phrase(era.startedBy()).html(),
                    Html.time(era.to(), words.day(era.to())), words.phrase(era.endedBy()).html(),
                    era.country()));
            for (Segment gap : ledger.access().gapsWithin(era)) {
                lead.append(' ').append(words.text("timeline.headline.gap",
                        Html.escape(Formats.ymd(gap.from(), gap.to(), words.language())),
                        Html.time(gap.from(), words.day(gap.from()))));
            }
            String second = next == null || ending == null ? null : words.text("timeline.headline.rotation",
                    words.link(next), Html.escape(words.vehicle(next.vehicle())),
                    Html.escape(ending.designation()), Html.time(next.launch(), words.day(next.launch())),
                    Html.escape(words.vehicleInText(next.vehicle())));
            return new Headline(era, lead.toString(), second);
        });
    }
}
