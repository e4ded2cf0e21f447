package org.launchledger.history;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The order crews are read out in: the commander, then the pilot, then everyone else as the source lists them.
 * The sources follow no fixed order (the astronaut database puts some Shuttle commanders third), and the seats
 * keep theirs: this is how pages and slides list a crew.
 */
public final class CrewOrder {

    /** Roles that lead a crew list, in their order; every other role (or none) follows them. */
    private static final List<String> LEADING_ROLES = List.of("Commander", "Pilot");

    private CrewOrder() {
    }

    /** {@code seats}, given in the source's order, with the commander first and the pilot second; a stable sort. */
    public static <T> List<T> commandFirst(List<T> seats, Function<T, String> role) {
        return seats.stream().sorted(Comparator.comparingInt(seat -> rank(role.apply(seat)))).toList();
    }

    private static int rank(String role) {
        int lead = role == null ? -1 : LEADING_ROLES.indexOf(role);
        return lead < 0 ? LEADING_ROLES.size() : lead;
    }
}
