package org.launchledger.teach;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.launchledger.access.Era;
import org.launchledger.history.Moment;
import org.launchledger.history.Precision;
import org.launchledger.timeline.AccessService;
import org.launchledger.timeline.Html;
import org.launchledger.timeline.Ledger;
import org.launchledger.timeline.LedgerMission;
import org.launchledger.timeline.Wording;
import org.launchledger.web.Formats;
import org.launchledger.web.Language;
import org.launchledger.web.MessageExtensions;

/**
 * {@code /api/export/timelinejs.json}: the history in Knight Lab TimelineJS's JSON format
 * (https://timeline.knightlab.com/docs/json-format.html), for teachers who already present with
 * it. Every flown crewed mission is an event grouped by vehicle, dated at its stored precision
 * (launch to landing); every sole-access era is an era. Words in the request's language.
 */
@Path("/api/export/timelinejs.json")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "export", description = "The whole dataset as CSV, in the reference tables' columns")
public class TimelineJsExport {

    /** A TimelineJS date: the year always, the rest only as far as the stored precision goes (UTC). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DateJson(int year, Integer month, Integer day, Integer hour, Integer minute, Integer second) {

        static DateJson of(Moment moment) {
            ZonedDateTime t = moment.at().atZone(ZoneOffset.UTC);
            boolean time = moment.precision() != Precision.DAY;
            boolean seconds = moment.precision() == Precision.SECOND;
            return new DateJson(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), time ? t.getHour() : null,
                    time ? t.getMinute() : null, seconds ? t.getSecond() : null);
        }
    }

    /** A slide's words, HTML-escaped: TimelineJS reads both as HTML, and names come from contributors. */
    public record TextJson(String headline, String text) {

        static TextJson of(String headline, String text) {
            return new TextJson(Html.escape(headline), Html.escape(text));
        }
    }

    /** A slide: {@code end_date} absent for a flight still under way. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EventJson(DateJson start_date, DateJson end_date, TextJson text, String group, String unique_id) {
    }

    /** An era: TimelineJS needs both ends, so one still lasting ends at today. */
    public record EraJson(DateJson start_date, DateJson end_date, TextJson text) {
    }

    /** The title slide (no date). */
    public record TitleJson(TextJson text) {
    }

    /** The whole document. */
    public record TimelineJson(TitleJson title, List<EventJson> events, List<EraJson> eras) {
    }

    @Inject
    AccessService service;

    /** The whole history as TimelineJS reads it. */
    @GET
    @Operation(operationId = "exportTimelineJs", summary = "The history in Knight Lab TimelineJS's JSON format",
            description = "Events: every crewed mission flown, launch to landing at the stored precision (UTC),"
                    + " grouped by vehicle, unique_id its slug. Eras: the sole-access eras. Words in the request's"
                    + " language (lang, cookie, Accept-Language).")
    public TimelineJson export() {
        Ledger ledger = service.ledger();
        Language language = MessageExtensions.current();
        Wording words = new Wording(ledger, language);
        List<EventJson> events = ledger.missions().stream()
                .filter(m -> m.launchedBy(ledger.asOf()))
                .map(m -> event(m, words, ledger))
                .toList();
        List<EraJson> eras = ledger.access().eras().stream().map(e -> era(e, words, ledger)).toList();
        return new TimelineJson(new TitleJson(TextJson.of(words.text("site.name"), words.text("site.description"))),
                events, eras);
    }

    private static EventJson event(LedgerMission m, Wording words, Ledger ledger) {
        boolean landed = m.landing() != null && !m.landing().at().isAfter(ledger.asOf());
        List<String> crew = m.crewNames();
        String text = words.text("onthisday.timelinejs.event", Formats.label(m.outcome(), words.language()),
                crew.size(), Formats.list(crew, words.language()));
        return new EventJson(DateJson.of(m.launch()), landed ? DateJson.of(m.landing()) : null,
                TextJson.of(m.designation(), text), words.vehicle(m.vehicle()), m.slug());
    }

    private static EraJson era(Era era, Wording words, Ledger ledger) {
        String country = Formats.country(era.country(), words.language());
        String span = words.dates(era.from(), era.to());
        String text = era.endedBy() == null
                ? words.text("timeline.band.era.open", country, span, words.describe(era.startedBy()), era.country())
                : words.text("timeline.band.era", country, span, words.describe(era.startedBy()),
                        words.describe(era.endedBy()), era.country());
        Moment end = era.to() == null ? new Moment(ledger.asOf(), Precision.SECOND) : era.to();
        return new EraJson(DateJson.of(era.from()), DateJson.of(end),
                TextJson.of(words.text("timeline.band.only", country), text));
    }
}
