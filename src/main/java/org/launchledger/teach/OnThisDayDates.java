package org.launchledger.teach;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.launchledger.web.BadParameterException;
import org.launchledger.web.Params;

/**
 * The days "on this day" answers for: from the launch of the station's first module
 * ({@code ledger.station.first-day}, configuration rather than code) to today (UTC, by the
 * injected {@link Clock}). Templates read it as {@code {inject:onThisDayDates}}.
 */
@ApplicationScoped
@Named("onThisDayDates")
public class OnThisDayDates {

    /** The parameter's name, in the page's and the API's messages. */
    public static final String PARAMETER = "date";

    @ConfigProperty(name = "ledger.station.first-day")
    LocalDate firstDay;

    @Inject
    Clock clock;

    /** The first day with a station to be aboard. */
    public LocalDate first() {
        return firstDay;
    }

    /** Today, UTC: the last day there is anything to tell. */
    public LocalDate last() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Whether {@code day} lies in {@link #first()}..{@link #last()}, the days there is a page for. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(first()) && !day.isAfter(last());
    }

    /**
     * The day a {@code yyyy-mm-dd} value names.
     *
     * @throws BadParameterException ({@code date}) when the value is missing, not an ISO date, or outside {@link #first()}..{@link #last()}
     */
    public LocalDate parse(String value) {
        String v = value == null ? "" : value.strip();
        LocalDate day = null;
        if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                day = LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                day = null;
            }
        }
        if (day == null || !covers(day)) {
            throw new BadParameterException(PARAMETER, "day-in-range", first().toString(), last().toString(),
                    Params.abbreviate(v));
        }
        return day;
    }
}
