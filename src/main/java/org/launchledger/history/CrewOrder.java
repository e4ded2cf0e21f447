package org.launchledger.history;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The order crews are read out in: the flight's commander, then its pilot, then everyone else as the source lists
 * them. The sources follow no fixed order (the astronaut database puts some Shuttle commanders third), and the
 * seats keep theirs: this is how pages and slides list a crew. A seat that carried an expedition crew member up
 * (one with expeditions of its own) gives that person's expedition role: its "Commander" commands the expedition,
 * not the flight, and keeps its place.
 */
public final class CrewOrder {

    /** Roles that lead a crew list, in their order; every other role (or none) follows them. */
    private static final List<String> LEADING_ROLES = List.of("Commander", "Pilot");

    private CrewOrder() {
    }

    /**
     * {@code seats}, given in the source's order, with the flight's commander first and its pilot second; a stable
     * sort. {@code forExpedition} tells a seat with expeditions of its own, whose role is the expedition's.
     */
    public static <T> List<T> commandFirst(List<T> seats, Function<T, String> role, Predicate<T> forExpedition) {
        return seats.stream()
                .sorted(Comparator.comparingInt(seat -> forExpedition.test(seat) ? LEADING_ROLES.size() : rank(role.apply(seat))))
                .toList();
    }

    private static int rank(String role) {
        int lead = role == null ? -1 : LEADING_ROLES.indexOf(role);
        return lead < 0 ? LEADING_ROLES.size() : lead;
    }
}
