package org.launchledger.contribute;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A stand-down as an editor writes it: the vehicle's slug, from and to as UTC dates or instants
 * ({@code to} empty while it lasts), the reason in English and optionally Romanian, and at least
 * one source. Messages are rule keys below {@code contribute.rule.}; rules that need the database
 * (the vehicle exists, no overlap) are {@link FleetChanges}'. {@code version} is the version
 * read, required to replace one.
 */
public record StandDownWrite(
        @NotBlank(message = "required") String vehicle,
        @NotBlank(message = "required") String from,
        String to,
        @NotBlank(message = "required") @Size(max = 2000, message = "max-length") String reason,
        @Size(max = 2000, message = "max-length") String reasonRo,
        @NotEmpty(message = "at-least-one-source")
        List<@NotBlank(message = "required") @Size(max = 1000, message = "max-length")
                @Pattern(regexp = MissionWrite.URL, message = "url") String> sources,
        Long version) {
}
