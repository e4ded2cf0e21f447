package org.launchledger.contribute;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

/**
 * {@code @NotBlank} as a reader sees it: a value of only no-break spaces (U+00A0), ideographic
 * spaces (U+3000), zero-width characters or a byte-order mark is blank too. Hibernate Validator's
 * own check trims only ASCII control characters and spaces, so a designation of one U+00A0 was
 * stored and shown as an empty heading.
 */
@ApplicationScoped
public class NotBlankAnyScript implements ValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(NotBlank.class).includeExistingValidators(false).validatedBy(Check.class);
        configuration.addMapping(mapping);
    }

    /** True when {@code text} has a character a reader can see. */
    public static boolean hasVisibleText(CharSequence text) {
        return text != null && text.codePoints().anyMatch(c -> !Character.isWhitespace(c)
                && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT && !Character.isISOControl(c));
    }

    /** The validator behind every {@code @NotBlank}. */
    public static class Check implements ConstraintValidator<NotBlank, CharSequence> {
        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return hasVisibleText(value);
        }
    }
}
