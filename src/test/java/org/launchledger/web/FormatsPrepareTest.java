package org.launchledger.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.launchledger.history.Moment;
import org.launchledger.history.Precision;

/**
 * {@link Formats#prepare} runs on its own thread at launch, possibly while the first pages are formatted: it
 * must change nothing they say, in either language.
 */
class FormatsPrepareTest {

    private static final Moment LAUNCH = Moment.of(Instant.parse("2020-05-30T19:22:45Z"), Precision.MINUTE);
    private static final Moment LANDING = Moment.of(Instant.parse("2020-08-02T18:48:06Z"), Precision.SECOND);

    @Test
    void thePluralItPreparesIsInEveryLanguage() {
        for (Language language : Language.values()) {
            assertTrue(Messages.keys(language).contains(Formats.DAYS), language + " has " + Formats.DAYS);
        }
        Formats.prepare();
    }

    @Test
    void formattingDuringAndAfterPreparationSaysTheSame() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> preparing = pool.submit(Formats::prepare);
            Future<?> again = pool.submit(Formats::prepare);
            for (int i = 0; i < 200; i++) {
                assertEquals("30 May 2020, 19:22 UTC", Formats.human(LAUNCH, Language.EN));
                assertEquals("2 august 2020, 18:48:06 UTC", Formats.human(LANDING, Language.RO));
                assertEquals("2 months, 3 days", Formats.ymd(LAUNCH, LANDING, Language.EN));
                assertEquals("2 luni și 3 zile", Formats.ymd(LAUNCH, LANDING, Language.RO));
            }
            preparing.get();
            again.get();
            assertEquals("2 months, 3 days", Formats.ymd(LAUNCH, LANDING, Language.EN));
        } finally {
            pool.shutdownNow();
        }
    }
}
