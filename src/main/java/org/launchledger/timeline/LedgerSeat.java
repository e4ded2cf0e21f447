package org.launchledger.timeline;

import java.util.List;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.Moment;

/**
 * A crew seat as the cached {@link Ledger} holds it: who sat in it (slug, name, nationality as an
 * ISO 3166 alpha-2 code), in which role, the flight home
 * ({@code landedOn} its slug, {@code landing} its landing; both null while unknown or still in
 * space) and the expeditions the seat served (its own, else its launch flight's).
 */
public record LedgerSeat(String person, String personName, String nationality, String role, String landedOn,
                         Moment landing, List<Integer> expeditions) {

    /** The expeditions are copied: the record cannot be changed through them. */
    public LedgerSeat {
        expeditions = List.copyOf(expeditions);
    }

    /** The facts of a loaded seat: person, flights up and down and expeditions loaded. */
    public static LedgerSeat of(CrewSeat seat) {
        return new LedgerSeat(seat.person.slug, seat.person.name, seat.person.nationality, seat.role,
                seat.landedOn == null ? null : seat.landedOn.slug,
                seat.landedOn == null ? null : seat.landedOn.landing(), seat.servedExpeditions());
    }
}
