package org.launchledger.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one source of "now" for every page: the system clock in UTC. Whatever depends on today
 * (flights in progress, eras still running, the end of the timeline) injects this {@link Clock}
 * rather than calling {@code Instant.now()}, so tests can fix the date (see the test sources'
 * {@code FixedClock}, and {@code QuarkusMock} for one test at another date).
 */
public class Clocks {

    /** Application scoped, so a test can replace it with {@code QuarkusMock.installMockForType}. */
    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
