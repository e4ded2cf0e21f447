package org.launchledger.web;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.launchledger.timeline.LedgerWarmUp;

/**
 * Starts the app with Quarkus's own address check turned off ({@code vertx.disableURIValidation}):
 * Quarkus answers an address java.net.URI cannot parse (a broken %-escape) with an empty 400 before
 * any route runs, and reads the switch once, as a JVM system property, before any app code. The
 * same check is made in {@link HttpEdge}, which answers with the app's own 400. Tests set the
 * property in Surefire and dev mode in the Quarkus plugin, where this method is not called.
 *
 * <p>Before Quarkus starts, two threads prepare what the first page needs and the start does not: the
 * formats of each language ({@link Formats#prepare}) and Hibernate's HQL parser ({@link
 * LedgerWarmUp#prepareParser}). Quarkus starts on one thread for most of its start, so they run on the
 * machine's other core, and the first answer on {@code /} came about 0.2 s sooner (bench/README.md).
 */
@QuarkusMain
public class Main {

    /** The JVM system property, read by Quarkus's root HTTP handler. */
    public static final String URI_CHECK_OFF = "vertx.disableURIValidation";

    /** The JVM's choice of log manager, made once, at the first use of java.util.logging. */
    private static final String LOG_MANAGER = "java.util.logging.manager";

    public static void main(String... args) {
        System.setProperty(URI_CHECK_OFF, "true");
        // Quarkus.run sets the same first thing; set here too, as the threads below may log (JBoss Logging asks
        // java.util.logging which manager it has) before it does, and a JVM keeps the first manager it made.
        System.setProperty(LOG_MANAGER, "org.jboss.logmanager.LogManager");
        inBackground("prepare-formats", Formats::prepare);
        inBackground("prepare-hql-parser", LedgerWarmUp::prepareParser);
        Quarkus.run(args);
    }

    /**
     * Runs work that the first page needs but Quarkus's start does not on a daemon thread, on the machine's
     * other core, while the main thread starts the app (which runs on one core for most of its start).
     */
    private static void inBackground(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }
}
