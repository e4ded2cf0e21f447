package org.launchledger.web;

import java.util.Optional;
import org.launchledger.history.Search;

/**
 * A search in the reader's words, as /search and /api/search take it: vehicle names in either language
 * ({@link VehicleNames}), expeditions ({@link ExpeditionNames}), and launch dates, a year ("2011") or a day
 * ("2011-07-21") as the from/to filters take them ({@link Params#yearOrDate}).
 */
public final class ReaderSearch {

    private ReaderSearch() {
    }

    /** What {@code text} (checked, not null) finds. */
    public static Search of(String text) {
        return Search.of(VehicleNames.inData(text), ExpeditionNames.asked(text), launchDates(text));
    }

    /**
     * The UTC launch dates {@code text} names: a year or an ISO day, within the years the filters take
     * ({@link Params#MIN_YEAR}..{@link Params#MAX_YEAR}); empty for any other text.
     */
    static Optional<Search.LaunchDates> launchDates(String text) {
        String v = text == null ? "" : text.strip();
        if (!v.matches("\\d{4}(-\\d{2}-\\d{2})?")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Search.LaunchDates(Params.yearOrDate("q", v, false), Params.yearOrDate("q", v, true)));
        } catch (BadParameterException e) {
            return Optional.empty();
        }
    }
}
