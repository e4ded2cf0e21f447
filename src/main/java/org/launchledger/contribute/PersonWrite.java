package org.launchledger.contribute;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.launchledger.history.Person;

/**
 * A person as a client writes it: the read API's fields, with the rules a single request can be
 * checked against (messages are rule keys below {@code contribute.rule.}); rules that need the
 * database are {@link PersonChanges}'. {@code version} is the version read, required to replace a person.
 */
// The read API's fields that no write sets are taken and ignored, so a person read can be sent back.
@JsonIgnoreProperties({"issFlights", "flights"})
public record PersonWrite(
        @NotBlank(message = "required") @Size(max = 80, message = "max-length")
        @Pattern(regexp = MissionWrite.SLUG, message = "slug") String slug,
        @NotBlank(message = "required") @Size(max = 120, message = "max-length") String name,
        @Size(max = 200, message = "max-length") String fullName,
        @NotBlank(message = "required") String nationality,
        @Size(max = 120, message = "max-length") String agency,
        @Size(max = 500, message = "max-length") @Pattern(regexp = MissionWrite.URL, message = "url") String wikipedia,
        List<@Valid @NotNull(message = "required") AltName> alternativeNames,
        Long version) {

    /** Another name, its kind and the http(s) source that gives it. */
    public record AltName(
            @NotBlank(message = "required") @Size(max = 300, message = "max-length") String name,
            @NotBlank(message = "required") String kind,
            @NotBlank(message = "required") @Size(max = 1000, message = "max-length")
            @Pattern(regexp = MissionWrite.URL, message = "url") String source) {
    }

    /** A person's current values as a client writes them, with its version: what a proposal is compared with. */
    public static PersonWrite of(Person p) {
        return new PersonWrite(p.slug, p.name, p.fullName, p.nationality, p.agency, p.wikipedia,
                p.alternativeNames.stream().map(n -> new AltName(n.name, n.kind, n.source)).toList(), p.version);
    }

    /** The alternative names, none when absent. */
    public List<AltName> alternativeNameList() {
        return alternativeNames == null ? List.of() : alternativeNames;
    }
}
