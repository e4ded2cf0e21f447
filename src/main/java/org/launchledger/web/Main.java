package org.launchledger.web;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.jboss.logging.Logger;
import org.launchledger.timeline.LedgerWarmUp;

/**
 * Starts the app with Quarkus's own address check turned off ({@code vertx.disableURIValidation}):
 * Quarkus answers an address java.net.URI cannot parse (a broken %-escape) with an empty 400 before
 * any route runs, and reads the switch once, as a JVM system property, before any app code. The
 * same check is made in {@link HttpEdge}, which answers with the app's own 400. The tests, which never
 * call this method, set the property in Surefire; the Quarkus plugin sets it for dev mode too.
 *
 * <p>On a machine of more than one core, two threads first prepare what the first page needs and Quarkus's
 * start does not: the formats of each language ({@link Formats#prepare}) and Hibernate's HQL parser ({@link
 * LedgerWarmUp#prepareParser}). Quarkus starts on one thread for most of its start, so they take the other
 * core (README, Performance, "What changed on 2026-12-02, 18:00–19:00"). On one core they would only take
 * time from it, so they are not started there.
 */
@QuarkusMain
public class Main {

    /** The JVM system property, read by Quarkus's root HTTP handler. */
    public static final String URI_CHECK_OFF = "vertx.disableURIValidation";

    /** The JVM's choice of log manager, made once, at the first use of java.util.logging. */
    private static final String LOG_MANAGER = "java.util.logging.manager";

    /** Starts the app; {@code args} go to Quarkus. Returns when the app has stopped. */
    public static void main(String... args) {
        System.setProperty(URI_CHECK_OFF, "true");
        // Quarkus.run sets the same first thing; set here too, as the threads below may log (JBoss Logging asks
        // java.util.logging which manager it has) before it does, and a JVM keeps the first manager it made for
        // good. (Quarkus's other start-up logging properties only tune the logging before its own configuration,
        // which it sets up in any case.)
        System.setProperty(LOG_MANAGER, "org.jboss.logmanager.LogManager");
        if (Runtime.getRuntime().availableProcessors() > 1) {
            inBackground("prepare-formats", Formats::prepare);
            inBackground("prepare-hql-parser", LedgerWarmUp::prepareParser);
        }
        Quarkus.run(args);
    }

    /**
     * Runs work on a daemon thread of its own, beside the main thread's start of the app. What it throws is
     * logged as a warning: the app starts all the same, and the first page does the work itself.
     */
    private static void inBackground(String name, Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException | LinkageError e) {
                Logger.getLogger(Main.class).warnf(e, "%s failed; the first page does its work instead", name);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }
}
