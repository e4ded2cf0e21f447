package org.launchledger.contribute;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What /signup sends. Each constraint's message is a message key (accounts.rule.*), turned into
 * words in the reader's language by {@link FieldErrors}, with the constraint's limits as arguments.
 *
 * @param name lower-case letters, digits, '.', '_' and '-', starting with a letter or digit
 * @param password at least {@value #MIN_PASSWORD} characters
 */
public record SignupForm(
        @NotBlank(message = "accounts.rule.required")
        @Size(min = 3, max = 40, message = "accounts.rule.name-length")
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "accounts.rule.name-characters")
        String name,
        @NotBlank(message = "accounts.rule.required")
        @Size(min = MIN_PASSWORD, max = MAX_PASSWORD, message = "accounts.rule.password-length")
        String password) {

    /** The shortest password an account may have. */
    public static final int MIN_PASSWORD = 12;
    /** The longest: bcrypt reads only the first 72 bytes, more would only look safer. */
    public static final int MAX_PASSWORD = 72;
}
