package org.launchledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.launchledger.web.Prerequisites;

/**
 * The class-data archive that {@code package} makes (src/tools/CdsTraining.java) is the one the README's run
 * command names, and the JVM accepts it for the README's jar: built from that jar, as it is now, with the app's
 * own classes and its libraries' in it. A stale or misnamed archive would not fail a start (the JVM only warns
 * and reads every class from the jar again), so only this test notices.
 */
class ClassDataArchiveIT {

    @Test
    void theReadmesRunCommandMapsAnArchiveMadeFromItsJar() throws Exception {
        String named = PackagedApp.JAVA_OPTIONS.stream().filter(option -> option.startsWith(PackagedApp.ARCHIVE_OPTION))
                .map(option -> option.substring(PackagedApp.ARCHIVE_OPTION.length())).findFirst()
                .orElseThrow(() -> new AssertionError("the README's run command names no " + PackagedApp.ARCHIVE_OPTION));
        Path archive = Path.of(named);
        Prerequisites.require(Files.exists(archive),
                archive + " missing (packaged with -Dledger.cds.skip=true?)");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process check = new ProcessBuilder(List.of(java, PackagedApp.ARCHIVE_OPTION + archive, "-XX:+PrintSharedArchiveAndExit",
                "-cp", PackagedApp.README_JAR)).redirectErrorStream(true).start();
        String report = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(check.waitFor(60, TimeUnit.SECONDS), "the JVM's archive check did not end");

        assertEquals(0, check.exitValue(), () -> "the JVM refused " + archive + ":\n" + tail(report));
        assertTrue(report.contains("archive is valid"), () -> tail(report));
        // The training reached the pages: the app's resources and the ORM are in it, not only the JVM's start.
        assertTrue(report.contains(": org.launchledger.timeline.TimelineResource app_loader"), "no app class in " + archive);
        assertTrue(report.contains(": org.hibernate.internal.SessionImpl app_loader"), "no Hibernate session in " + archive);
    }

    private static String tail(String report) {
        return report.substring(Math.max(0, report.length() - 2000));
    }
}
