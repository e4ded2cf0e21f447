package org.launchledger.teach;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.launchledger.history.Mission;
import org.launchledger.history.Moment;
import org.launchledger.timeline.AccessService;
import org.launchledger.timeline.Ledger;
import org.launchledger.timeline.LedgerMission;
import org.launchledger.timeline.Wording;
import org.launchledger.web.MessageExtensions;

/** {@code /on/{date}}: one day on the station, for a class that asks "who was up there on my birthday?". */
@Path("/on")
@Produces(MediaType.TEXT_HTML)
public class OnThisDayPages {

    /** A flight docked that day and its airframe's slug and name (null for a craft that flew once, like a Soyuz). */
    public record Docked(LedgerMission mission, String spacecraftSlug, String spacecraftName) {
    }

    @CheckedTemplate(basePath = "teach")
    static class Templates {
        static native TemplateInstance onThisDay(OnThisDay day, List<Docked> docked, Wording words, String dayText,
                                                 LocalDate previous, LocalDate next);
    }

    @Inject
    AccessService service;

    @Inject
    OnThisDayDates dates;

    /**
     * The date field's target (a GET form works without JavaScript): a 303 to {@code /on/{date}}.
     *
     * @throws org.launchledger.web.BadParameterException a missing, malformed or out-of-range date (400)
     */
    @GET
    public Response pick(@RestQuery String date) {
        return Response.seeOther(URI.create("/on/" + dates.parse(date))).build();
    }

    /**
     * The page of one day.
     *
     * @throws org.launchledger.web.BadParameterException a malformed or out-of-range date (400)
     */
    @GET
    @Path("{date}")
    public TemplateInstance day(@RestPath String date) {
        LocalDate day = dates.parse(date);
        Ledger ledger = service.ledger();
        OnThisDay facts = OnThisDay.of(ledger, day);
        Wording words = new Wording(ledger, MessageExtensions.current());
        String dayText = words.day(Moment.ofDay(day));
        return Templates.onThisDay(facts, docked(facts), words, dayText,
                day.isAfter(dates.first()) ? day.minusDays(1) : null,
                day.isBefore(dates.last()) ? day.plusDays(1) : null);
    }

    /** The day's docked flights with their airframes: one statement, and none on a day with nothing docked. */
    static List<Docked> docked(OnThisDay day) {
        Map<String, Mission> crafts = Mission.withSpacecraft(day.docked().stream().map(LedgerMission::slug).toList())
                .stream().collect(Collectors.toMap(m -> m.slug, Function.identity()));
        return day.docked().stream().map(m -> {
            Mission entity = crafts.get(m.slug());
            return entity == null || entity.spacecraft == null ? new Docked(m, null, null)
                    : new Docked(m, entity.spacecraft.slug, entity.spacecraft.name);
        }).toList();
    }
}
