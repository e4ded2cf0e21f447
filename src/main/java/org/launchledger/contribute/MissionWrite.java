package org.launchledger.contribute;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.launchledger.history.Mission;
import org.launchledger.history.Moment;

/**
 * A mission as a client writes it: the read API's fields (crew by person slug), with the rules a
 * single request can be checked against. Each message is a rule's key below
 * {@code contribute.rule.} (see {@link MissionChanges}); rules that need the database are
 * {@link MissionRules}'. {@code version} is the version read, required to replace a mission.
 */
// The read API's fields that no write sets are taken and ignored, so a mission read can be sent back
// as it is; any other unknown field is refused (quarkus.jackson.fail-on-unknown-properties).
@JsonIgnoreProperties({"unverified"})
public record MissionWrite(
        @NotBlank(message = "required") @Size(max = 80, message = "max-length")
        @Pattern(regexp = SLUG, message = "slug") String slug,
        @NotBlank(message = "required") @Size(max = 120, message = "max-length") String designation,
        @NotBlank(message = "required") String vehicle,
        @Size(max = 120, message = "max-length") String variant,
        String spacecraft,
        @Size(max = 120, message = "max-length") String operator,
        @NotBlank(message = "required") String launch,
        String docking,
        String undocking,
        String landing,
        @Size(max = 120, message = "max-length") String launchSite,
        @Size(max = 2000, message = "max-length") String summary,
        @NotBlank(message = "required") String outcome,
        List<@NotNull(message = "required") @Positive(message = "positive") Integer> expeditions,
        List<@Valid @NotNull(message = "required") Seat> crew,
        @NotEmpty(message = "at-least-one-source")
        List<@NotBlank(message = "required") @Size(max = 1000, message = "max-length")
                @Pattern(regexp = URL, message = "url") String> sources,
        Long version) {

    /** Lower case ASCII words joined by '-'. */
    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    /** An http or https address with a host. */
    static final String URL = "https?://[^\\s/?#]+[^\\s]*";

    /**
     * One seat: who (an existing person's slug, or {@code newPerson}, added with the mission), as
     * what, the flight home (a mission slug; empty while still in space) and the expeditions the
     * seat itself served when they differ from the mission's (a Shuttle rotation).
     */
    @JsonIgnoreProperties({"name", "nationality", "launchedOn", "unverified"})
    public record Seat(
            @NotBlank(message = "required") String slug,
            @NotBlank(message = "required") @Size(max = 60, message = "max-length") String role,
            String landedOn,
            List<@NotNull(message = "required") @Positive(message = "positive") Integer> expeditions,
            @Valid PersonWrite newPerson) {

        /** The seat's own expeditions, none when absent. */
        public List<Integer> expeditionList() {
            return expeditions == null ? List.of() : expeditions;
        }
    }

    /**
     * A mission's current values as a client writes them (crew by person slug, instants at their
     * stored precision, its version): what a proposal is compared with.
     */
    public static MissionWrite of(Mission m) {
        return new MissionWrite(m.slug, m.designation, m.vehicle.slug, m.variant,
                m.spacecraft == null ? null : m.spacecraft.slug, m.operator, iso(m.launch()), iso(m.docking()),
                iso(m.undocking()), iso(m.landing()), m.launchSite, m.summary,
                m.outcome == null ? null : m.outcome.code, List.copyOf(m.expeditions),
                m.crew.stream().map(s -> new Seat(s.person.slug, s.role, s.landedOn == null ? null : s.landedOn.slug,
                                List.copyOf(s.expeditions), null))
                        .toList(),
                List.copyOf(m.sources), m.version);
    }

    private static String iso(Moment moment) {
        return moment == null ? null : moment.iso();
    }

    /** This write with another crew. */
    public MissionWrite withCrew(List<Seat> seats) {
        return new MissionWrite(slug, designation, vehicle, variant, spacecraft, operator, launch, docking, undocking,
                landing, launchSite, summary, outcome, expeditions, seats, sources, version);
    }

    /** The expeditions, none when absent. */
    public List<Integer> expeditionList() {
        return expeditions == null ? List.of() : expeditions;
    }

    /** The crew, none when absent. */
    public List<Seat> crewList() {
        return crew == null ? List.of() : crew;
    }
}
