package org.launchledger.web;

import java.util.Arrays;
import java.util.Optional;
import org.launchledger.history.Search;

/**
 * A search in the reader's words, as /search and /api/search take it: vehicle names in either language
 * ({@link VehicleNames}), expeditions ({@link ExpeditionNames}), and launch dates, a year ("2011") or a day
 * ("2011-07-21") as the from/to filters take them ({@link Params#yearOrDate}), alone or beside names.
 */
public final class ReaderSearch {

    private ReaderSearch() {
    }

    /**
     * What {@code text} (checked, not null) finds. A date as its first or last word narrows the missions to those
     * launched then, and the other words are the names looked for: "soyuz 2011", "2002 whitson".
     */
    public static Search of(String text) {
        String[] parts = text.strip().split("\\s+");
        for (int at : new int[] {parts.length - 1, 0}) {
            Optional<Search.LaunchDates> dates = launchDates(parts[at]);
            if (dates.isPresent()) {
                String words = parts.length == 1 ? null : String.join(" ", at == 0
                        ? Arrays.copyOfRange(parts, 1, parts.length) : Arrays.copyOfRange(parts, 0, parts.length - 1));
                return Search.of(VehicleNames.inData(text), VehicleNames.inData(words), ExpeditionNames.asked(text), dates);
            }
        }
        String inData = VehicleNames.inData(text);
        return Search.of(inData, inData, ExpeditionNames.asked(text), Optional.empty());
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
