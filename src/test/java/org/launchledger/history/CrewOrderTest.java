package org.launchledger.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CrewSeat#commandFirst}: crews read out the flight's commander first, then its pilot, then the source's order. */
class CrewOrderTest {

    private static CrewSeat seat(int position, String role) {
        CrewSeat seat = new CrewSeat();
        seat.position = position;
        seat.role = role;
        return seat;
    }

    private static List<String> order(List<CrewSeat> seats) {
        return CrewSeat.commandFirst(seats).stream().map(s -> s.position + " " + s.role).toList();
    }

    @Test
    void theCommanderAndThePilotLeadTheOthersKeepTheSourcesOrder() {
        assertEquals(List.of("2 Commander", "3 Pilot", "0 Mission Specialist", "1 Mission Specialist"),
                order(List.of(seat(0, "Mission Specialist"), seat(1, "Mission Specialist"), seat(2, "Commander"),
                        seat(3, "Pilot"))));
    }

    @Test
    void anExpeditionsCommanderRidingUpKeepsTheSourcesPlace() {
        CrewSeat expedition = seat(0, "Commander");
        expedition.expeditions.add(3);
        assertEquals(List.of("3 Commander", "4 Pilot", "0 Commander", "1 Mission Specialist"),
                order(List.of(expedition, seat(1, "Mission Specialist"), seat(3, "Commander"), seat(4, "Pilot"))));
    }

    @Test
    void aCrewAlreadyInOrderIsLeftAsItIs() {
        assertEquals(List.of("0 Commander", "1 Flight Engineer", "2 Flight Engineer"),
                order(List.of(seat(0, "Commander"), seat(1, "Flight Engineer"), seat(2, "Flight Engineer"))));
    }

    @Test
    void twoSeatsOfOneRoleKeepTheirOrderAndUnknownRolesFollow() {
        assertEquals(List.of("3 Commander", "4 Commander", "0 Pilot", "1 null", "2 Joint Operations Commander"),
                order(List.of(seat(4, "Commander"), seat(2, "Joint Operations Commander"), seat(1, null),
                        seat(0, "Pilot"), seat(3, "Commander"))));
        assertEquals(List.of(), order(List.of()));
    }
}
