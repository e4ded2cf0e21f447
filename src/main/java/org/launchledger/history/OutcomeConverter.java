package org.launchledger.history;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an outcome as its public code ("launch-abort"), the same text the reference files use. */
@Converter(autoApply = true)
public class OutcomeConverter implements AttributeConverter<Outcome, String> {

    @Override
    public String convertToDatabaseColumn(Outcome outcome) {
        return outcome == null ? null : outcome.code;
    }

    @Override
    public Outcome convertToEntityAttribute(String code) {
        return code == null ? null : Outcome.fromCode(code)
                .orElseThrow(() -> new IllegalStateException("unknown outcome in database: " + code));
    }
}
