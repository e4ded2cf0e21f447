package org.launchledger.contribute;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.Mission;
import org.launchledger.history.Outcome;
import org.launchledger.history.Person;
import org.launchledger.history.Spacecraft;
import org.launchledger.history.Vehicle;
import org.launchledger.web.Formats;
import org.launchledger.web.Language;

/**
 * What the mission form offers to pick from, read from the ledger: vehicles, airframes by vehicle,
 * outcomes, and the people, missions and roles its suggestion lists hold. Values are the slugs and
 * codes the API takes; labels are in the reader's language.
 */
public record FormChoices(List<Option> vehicles, List<Group> spacecraft, List<Option> outcomes, List<Option> people,
                          List<Option> missions, List<Option> roles) {

    /** One choice: the value sent, the words shown. */
    public record Option(String value, String label) {
    }

    /** Choices under a heading (an {@code <optgroup>}). */
    public record Group(String label, List<Option> options) {
    }

    /** Everything the ledger holds now, labelled in {@code language}. */
    public static FormChoices load(Language language) {
        List<Vehicle> vehicles = Vehicle.listAllInRecordOrder();
        List<Spacecraft> airframes = Spacecraft.list("order by name");
        // Two vehicles' airframes may share a name (the Shuttle orbiter and the Dragon capsule Endeavour): those
        // say their vehicle, as a closed list shows the choice without its group's heading.
        Map<String, Long> named = airframes.stream().collect(Collectors.groupingBy(s -> s.name, Collectors.counting()));
        List<Group> spacecraft = vehicles.stream()
                .map(v -> new Group(Formats.vehicle(v, language), airframes.stream()
                        .filter(s -> s.vehicle.id.equals(v.id))
                        .map(s -> new Option(s.slug, named.get(s.name) > 1
                                ? s.name + " (" + Formats.vehicle(v, language) + ")" : s.name)).toList()))
                .filter(g -> !g.options().isEmpty())
                .toList();
        return new FormChoices(
                vehicles.stream().map(v -> new Option(v.slug, Formats.vehicle(v, language))).toList(),
                spacecraft,
                Arrays.stream(Outcome.values()).map(o -> new Option(o.code, Formats.label(o, language))).toList(),
                Person.<Person>list("order by name").stream().map(p -> new Option(p.slug, p.name)).toList(),
                Mission.<Mission>list("order by launchAt").stream().map(m -> new Option(m.slug, m.designation)).toList(),
                CrewSeat.roles().stream().map(r -> new Option(r, Formats.role(r, language))).toList());
    }
}
