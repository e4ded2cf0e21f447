package org.launchledger.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.launchledger.history.Search;

/**
 * A search in the reader's words, as /search and /api/search take it: vehicle names in either language
 * ({@link VehicleNames}), expeditions ({@link ExpeditionNames}), and launch dates as readers write them, a year,
 * a month or a day ({@link ReaderDates}), alone or beside names.
 */
public final class ReaderSearch {

    /** The most words a date takes: "8 July 2011". */
    private static final int DATE_WORDS = 3;
    /** Words that only join a date to the text ("in July 2011", "pe 8 iulie 2011"), in either language. */
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "of", "during", "în", "pe", "din", "la");

    private ReaderSearch() {
    }

    /**
     * What {@code text} (checked, not null) finds. A date at its start or end narrows the missions to those
     * launched then, and the other words are the names looked for: "soyuz 2011", "2002 whitson", "soyuz July 2011".
     * The longest date is tried first ("8 July 2011" is a day, not the year 2011 beside "8 July"); where it finds no
     * mission of the names beside it, a shorter one that does wins, the number then being part of a name: "crew 2
     * April 2021" is Crew-2 in April 2021, not a crew launched on 2 April. A preposition beside the date is part of
     * it ("in July 2011"), and expeditions are asked for in the other words ("Expedition 64 December 2020").
     *
     * @throws BadParameterException ({@code q}) when the text's date names a day the calendar does not have, or is
     *                               written in an order that could mean two days ({@link ReaderDates#read})
     */
    public static Search of(String text) {
        List<String> words = withoutOfInDates(List.of(text.strip().split("\\s+")));
        String inData = VehicleNames.inData(text);
        Search first = null;
        for (int length = Math.min(DATE_WORDS, words.size()); length > 0; length--) {
            for (boolean atEnd : new boolean[] {true, false}) {
                int from = atEnd ? words.size() - length : 0;
                List<String> rest = new ArrayList<>(words.subList(0, from));
                rest.addAll(words.subList(from + length, words.size()));
                int beside = atEnd ? rest.size() - 1 : 0;
                if (!rest.isEmpty() && isPreposition(rest.get(beside))) {
                    rest.remove(beside);
                }
                Optional<Search.LaunchDates> dates = ReaderDates.read(words.subList(from, from + length), rest.isEmpty());
                if (dates.isPresent()) {
                    String names = rest.isEmpty() ? null : String.join(" ", rest);
                    Search found = Search.of(inData, VehicleNames.inData(names),
                            ExpeditionNames.asked(names), dates);
                    if (names == null || found.missions().total() > 0 || found.expeditions().size() == 1) {
                        return found;
                    }
                    first = first == null ? found : first;
                }
            }
        }
        if (first != null) {
            return first;
        }
        return Search.of(inData, inData, ExpeditionNames.asked(text), Optional.empty());
    }

    private static boolean isPreposition(String word) {
        return PREPOSITIONS.contains(word.replace(",", "").toLowerCase(Locale.ROOT));
    }

    /** "8th of July 2011" as "8th July 2011": the "of" between a day and its month's name. */
    private static List<String> withoutOfInDates(List<String> words) {
        List<String> kept = new ArrayList<>(words);
        for (int at = kept.size() - 2; at > 0; at--) {
            if (kept.get(at).equalsIgnoreCase("of") && ReaderDates.isDayNumber(kept.get(at - 1))
                    && ReaderDates.isMonth(kept.get(at + 1))) {
                kept.remove(at);
            }
        }
        return kept;
    }
}
