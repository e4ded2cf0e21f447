package org.launchledger.contribute;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A vehicle family as an editor writes it: the read API's fields but the slug (which the address
 * gives, and which missions, filters and links rely on), with the rules a single request can be
 * checked against (messages are rule keys below {@code contribute.rule.}); rules that need the
 * database or the clock are {@link FleetChanges}'. {@code retired} is a UTC date or instant, empty
 * while in service; {@code version} is the version read, required.
 */
public record VehicleWrite(
        @NotBlank(message = "required") @Size(max = 120, message = "max-length") String name,
        @NotBlank(message = "required") String country,
        @NotBlank(message = "required") @Size(max = 120, message = "max-length") String operator,
        @NotNull(message = "required") @Min(value = MIN_SEATS, message = "at-least")
        @Max(value = MAX_SEATS, message = "at-most") Integer crewSeats,
        String retired,
        @Size(max = 2000, message = "max-length") String notes,
        @Size(max = 2000, message = "max-length") String notesRo,
        @NotEmpty(message = "at-least-one-source")
        List<@NotBlank(message = "required") @Size(max = 1000, message = "max-length")
                @Pattern(regexp = MissionWrite.URL, message = "url") String> sources,
        Long version) {

    /** The fewest seats a crew vehicle has. */
    public static final int MIN_SEATS = 1;
    /** The most seats we accept: more than any crew vehicle has had (the Shuttle's 8 on STS-61-A). */
    public static final int MAX_SEATS = 10;
}
