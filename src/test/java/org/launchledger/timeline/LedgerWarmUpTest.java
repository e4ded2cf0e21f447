package org.launchledger.timeline;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.hibernate.grammars.hql.HqlLexer;
import org.hibernate.grammars.hql.HqlParser;
import org.junit.jupiter.api.Test;

/**
 * What {@link LedgerWarmUp#prepareParser} parses at launch is what the ledger's reading runs, and it is valid
 * HQL: a statement with a syntax error would leave the parser's tables half built, and the reading to pay
 * for them after all.
 */
class LedgerWarmUpTest {

    @Test
    void theLedgersStatementsAreValidHql() {
        assertEquals(4, LedgerReader.STATEMENTS.size(), "the four HQL statements of the reading's own");
        for (String statement : LedgerReader.STATEMENTS) {
            List<String> errors = new ArrayList<>();
            HqlLexer lexer = new HqlLexer(CharStreams.fromString(statement));
            HqlParser parser = new HqlParser(new CommonTokenStream(lexer));
            BaseErrorListener collect = new BaseErrorListener() {
                @Override
                public void syntaxError(Recognizer<?, ?> recognizer, Object symbol, int line, int position,
                                        String message, RecognitionException e) {
                    errors.add(position + ": " + message);
                }
            };
            lexer.removeErrorListeners();
            lexer.addErrorListener(collect);
            parser.removeErrorListeners();
            parser.addErrorListener(collect);
            parser.statement();
            assertEquals(List.of(), errors, statement);
        }
    }

    @Test
    void everyStatementParsesTheWayHibernateFirstTries() {
        // A statement SLL gave up on would leave its tables to the reading (which would then retry with LL).
        for (String statement : LedgerReader.STATEMENTS) {
            assertDoesNotThrow(() -> LedgerWarmUp.parseAsHibernateFirstDoes(statement), statement);
        }
    }

    @Test
    void aStatementThatIsNotHqlIsRefusedNotGuessed() {
        assertThrows(ParseCancellationException.class,
                () -> LedgerWarmUp.parseAsHibernateFirstDoes("select m.id from Mission m order by"));
    }

    @Test
    void twoThreadsParsingAtOnceBothSucceed() throws InterruptedException {
        // ANTLR's prediction tables are shared by every parser: the preparation at launch and a reading of the
        // ledger may fill them at the same time.
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        Runnable parseAll = () -> {
            for (String statement : LedgerReader.STATEMENTS) {
                try {
                    LedgerWarmUp.parseAsHibernateFirstDoes(statement);
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }
        };
        Thread one = new Thread(parseAll);
        Thread other = new Thread(parseAll);
        one.start();
        other.start();
        one.join(60_000);
        other.join(60_000);
        assertFalse(one.isAlive() || other.isAlive(), "both parsed within a minute");
        assertEquals(List.of(), failures);
        LedgerWarmUp.prepareParser();
    }
}
