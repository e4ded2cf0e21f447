package org.launchledger.web;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the app with Quarkus's own address check turned off ({@code vertx.disableURIValidation}):
 * Quarkus answers an address java.net.URI cannot parse (a broken %-escape) with an empty 400 before
 * any route runs, and reads the switch once, as a JVM system property, before any app code. The
 * same check is made in {@link HttpEdge}, which answers with the app's own 400. Tests set the
 * property in Surefire and dev mode in the Quarkus plugin, where this method is not called.
 */
@QuarkusMain
public class Main {

    /** The JVM system property, read by Quarkus's root HTTP handler. */
    public static final String URI_CHECK_OFF = "vertx.disableURIValidation";

    public static void main(String... args) {
        System.setProperty(URI_CHECK_OFF, "true");
        Quarkus.run(args);
    }
}
