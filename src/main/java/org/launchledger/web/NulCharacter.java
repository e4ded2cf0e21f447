package org.launchledger.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * The one rule for U+0000 (NUL) in what a user sends: no text of the ledger holds it. PostgreSQL
 * refuses it in text, as a value or a query's parameter, with an error of its own (a 500 here);
 * H2 would store it. So every way text comes in applies this rule before anything reaches the
 * database: an address's path ({@link HttpEdge}), query values ({@link QueryCheck}, as a control
 * character), every string of a JSON body (this class's deserializer), every field of a written
 * record (contribute's {@code Rules}, for forms and imports), CSV cells ({@code CsvRows}), a
 * sign-in name ({@code LoginGate}), a sign-up password and a review's comment.
 */
@Singleton
public class NulCharacter implements ObjectMapperCustomizer {

    /** The rule's key below {@code contribute.rule.} (and {@code accounts.rule.}). */
    public static final String RULE = "nul-character";

    /** Whether {@code text} holds U+0000; false for null. */
    public static boolean in(CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\u0000') {
                return true;
            }
        }
        return false;
    }

    /** Every string a JSON body holds, at any depth and in any field, is read by {@link Strings}. */
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("nul-character").addDeserializer(String.class, new Strings()));
    }

    /**
     * A JSON string that holds U+0000: answered by {@link ErrorResponses} as a broken rule of the
     * field it was read for (422), like the rules checked after reading.
     */
    public static final class InJson extends MismatchedInputException {

        InJson(JsonParser parser) {
            super(parser, "a string holds U+0000 (NUL)", String.class);
        }
    }

    /** Jackson's own reading of a string (coercions and errors alike), then this rule. */
    static final class Strings extends StdScalarDeserializer<String> {

        Strings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (in(text)) {
                throw new InJson(parser);
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public boolean isCachable() {
            return true;
        }

        @Override
        public Object getEmptyValue(DeserializationContext context) {
            return "";
        }
    }
}
