package org.launchledger.history;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * What the search box finds for a text: vehicles (by name), ISS expeditions (by number), missions (by
 * designation, airframe or crew name), people and airframes, each partial and blind to case and
 * accents. The first {@link #LIMIT} missions and people; the full lists are /missions?q= and
 * /people?q=. Expeditions are those the data links to a flight or a seat ({@link Mission#expeditionNumbers});
 * when the text names exactly one, {@code expeditionFlights} are its flights, in launch order, as its page lists
 * them ({@link Mission#ofExpedition(int, List)}), and empty otherwise. A year, a month or a day finds the missions launched
 * then ({@link LaunchDates}).
 */
public record Search(String text, String words, LaunchDates launched, List<Vehicle> vehicles, List<Integer> expeditions,
                     List<Mission> expeditionFlights, Page<Mission> missions, Page<Person> people,
                     List<Spacecraft> spacecraft) {

    public static final int LIMIT = 20;

    /**
     * The UTC launch dates a search text names, both included: a year ("2011", 1 January to 31 December), a month
     * ("July 2011", its first to its last day) or a day ("2011-07-21"). Its missions are those launched then.
     */
    public record LaunchDates(LocalDate from, LocalDate to) {

        /** The whole of {@code year}. */
        public static LaunchDates ofYear(int year) {
            return new LaunchDates(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }

        /** The whole of {@code month}. */
        public static LaunchDates ofMonth(YearMonth month) {
            return new LaunchDates(month.atDay(1), month.atEndOfMonth());
        }

        /** {@code day} alone. */
        public static LaunchDates ofDay(LocalDate day) {
            return new LaunchDates(day, day);
        }

        /** Whether the text named one day rather than a month or a year. */
        public boolean oneDay() {
            return from.equals(to);
        }

        /** "day" when the text named one day, "period" for a month or a year: how a sentence joins the date ("on", "in"). */
        public String span() {
            return oneDay() ? "day" : "period";
        }

        /** Whether the text named one month (July 2011): its first day to its last. */
        public boolean oneMonth() {
            return !oneDay() && from.getDayOfMonth() == 1 && to.equals(YearMonth.from(from).atEndOfMonth());
        }

        /** The year of the first day, as text ("2011"): a number would be formatted with a thousands separator. */
        public String year() {
            return String.valueOf(from.getYear());
        }
    }

    /**
     * Searches for {@code text}, in the data's words (vehicle names as the data has them). {@code words}: the names
     * to look for, the text without the launch dates it names ("soyuz" of "soyuz 2011"); the whole text when it names
     * none, null when it is only a date. {@code expeditions} tests expedition numbers the text asks for; empty when it
     * names none. {@code launched}: the launch dates the text names, if any; the missions found are then those
     * launched on them (and called {@code words}, if any), and {@link #launched} is null otherwise.
     */
    public static Search of(String text, String words, Optional<IntPredicate> expeditions, Optional<LaunchDates> launched) {
        List<Integer> numbers = expeditions
                .map(asked -> Mission.expeditionNumbers().stream().filter(asked::test).toList())
                .orElse(List.of());
        LocalDate from = launched.map(LaunchDates::from).orElse(null);
        LocalDate to = launched.map(LaunchDates::to).orElse(null);
        return new Search(text, words,
                launched.orElse(null),
                words == null ? List.of() : Vehicle.search(words),
                numbers,
                numbers.size() == 1 ? Mission.ofExpedition(numbers.get(0), CrewSeat.ofExpedition(numbers.get(0))) : List.of(),
                new MissionQuery(null, null, null, from, to, words, MissionQuery.Sort.LAUNCH, 0, LIMIT).run(),
                words == null ? new Page<>(0, 0, LIMIT, List.of()) : new PersonQuery(words, null, null, null, 0, LIMIT).run(),
                words == null ? List.of() : Spacecraft.search(words));
    }

    public boolean foundNothing() {
        return vehicles.isEmpty() && expeditions.isEmpty() && missions.total() == 0 && people.total() == 0
                && spacecraft.isEmpty();
    }
}
