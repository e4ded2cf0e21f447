package org.launchledger.timeline;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.hibernate.grammars.hql.HqlLexer;
import org.hibernate.grammars.hql.HqlParser;
import org.jboss.logging.Logger;

/**
 * Reads the ledger ({@link AccessService#ledger()}) once as the app starts, on a worker thread, while the
 * start goes on (the other start-up observers, opening the HTTP port): the first reader of the timeline then
 * finds the history read, on the machine's other core, instead of waiting for it. Observes before the
 * others (priority 1000) so that it runs beside them rather than after them. A failed read is only logged:
 * the first request reads again. Off with {@code ledger.warm-up=false} (the tests, which count statements);
 * {@link #prepareParser}, called from {@code main} before there is any configuration, runs whatever it says.
 */
@ApplicationScoped
public class LedgerWarmUp {

    private static final Logger LOG = Logger.getLogger(LedgerWarmUp.class);

    @ConfigProperty(name = "ledger.warm-up", defaultValue = "true")
    boolean enabled;

    void onStart(@Observes @Priority(1000) StartupEvent start, AccessService access, ManagedExecutor executor) {
        if (enabled) {
            executor.runAsync(() -> warm(access));
        }
    }

    /**
     * Parses the ledger's statements ({@link LedgerReader#STATEMENTS}) with Hibernate's HQL grammar, and throws
     * the result away. The grammar's parser (ANTLR) builds its prediction tables the first time it meets each
     * construct, into tables all parsers share: in a new JVM two thirds of the ledger's first reading went
     * there (JFR at start-up: 0.45 s from the start-up event, 0.2 s with the parser prepared), while the first
     * reader waited. {@link org.launchledger.web.Main} runs this on a thread of its own as the JVM starts, long
     * before Hibernate is ready to run a query, so that the reading finds the tables built. It parses as Hibernate first does
     * (SLL prediction, giving up at the first error, before trying again with full LL): the tables Hibernate
     * then reads, for half the work and memory of full LL (32 against 61 MB of garbage, by hand). What it
     * cannot parse is only logged (debug), and the next statement is tried: the reading then builds those
     * tables itself, as before.
     */
    public static void prepareParser() {
        for (String statement : LedgerReader.STATEMENTS) {
            try {
                parseAsHibernateFirstDoes(statement);
            } catch (RuntimeException | LinkageError e) {
                LOG.debugf(e, "Could not prepare the HQL parser for %s; the ledger's first reading does it", statement);
            }
        }
    }

    /**
     * Parses one statement with SLL prediction, giving up at the first syntax error.
     *
     * @throws org.antlr.v4.runtime.misc.ParseCancellationException where SLL cannot decide or the text is not HQL
     */
    static void parseAsHibernateFirstDoes(String statement) {
        HqlLexer lexer = new HqlLexer(CharStreams.fromString(statement));
        lexer.removeErrorListeners();
        HqlParser parser = new HqlParser(new CommonTokenStream(lexer));
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.statement();
    }

    /** Reads the ledger of the committed data version, which {@link AccessService} then keeps. */
    static void warm(AccessService access) {
        try {
            access.ledger();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not read the history at start; the first request reads it again");
        }
    }
}
