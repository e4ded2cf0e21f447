package org.launchledger.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The clock of every {@code @QuarkusTest}: fixed after the last event in the data, so pages come
 * out the same whatever day the tests run. Selected in application.properties ({@code %test}); a
 * test that needs another day installs its own with {@code QuarkusMock.installMockForType}.
 */
@Alternative
public class FixedClock {

    /** Today, for the tests. */
    public static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
