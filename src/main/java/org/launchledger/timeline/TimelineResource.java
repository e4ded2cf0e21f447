package org.launchledger.timeline;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestQuery;
import org.launchledger.timeline.TimelineLayout.View;
import org.launchledger.web.BadParameterException;
import org.launchledger.web.MissionFilters;
import org.launchledger.web.Params;
import org.launchledger.web.QueryCheck;
import org.launchledger.web.RequestLanguage;
import org.launchledger.web.ShowsBadParameters;

/** The home page: the crewed-access timeline, zoomed and filtered through the query string. */
@Path("/")
public class TimelineResource {

    @CheckedTemplate(basePath = "timeline")
    static class Templates {
        static native TemplateInstance timeline(Ledger ledger, Wording words, Headline headline, TimelineChart chart, View view,
                                                View full, Set<String> selected, String fromText, String toText,
                                                BadParameterException error, String viewQuery, String siteUrl);
    }

    @Inject
    AccessService service;

    @Inject
    RequestLanguage language;

    /** The timeline of the requested view; 400 with the full view and the message beside the field for bad input. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    @ShowsBadParameters
    public Response timeline(@RestQuery String from, @RestQuery String to, @RestQuery List<String> vehicle,
                             @Context RoutingContext rc, @Context UriInfo uri) {
        Ledger ledger = service.ledger();
        View full = TimelineLayout.fullView(ledger);
        View view;
        BadParameterException error = null;
        try {
            QueryCheck.rethrow(rc);
            view = requestedView(full, from, to, vehicle);
        } catch (BadParameterException e) {
            view = full;
            error = e;
        }
        Wording words = new Wording(ledger, language.get());
        TemplateInstance page = Templates.timeline(ledger, words, Headline.of(ledger, words).orElse(null),
                TimelineLayout.draw(ledger, view, language.get()), view, full, view.vehicles(),
                Params.isBlank(from) ? "" : from.strip(), Params.isBlank(to) ? "" : to.strip(), error,
                view.query(full, ledger.vehicles().stream().map(LedgerVehicle::slug).toList()), siteUrl(uri));
        return Response.status(error == null ? 200 : 400).entity(page).build();
    }

    /**
     * The address of this site as the reader reached it, without a trailing slash, for a snippet
     * that is pasted elsewhere (the embed code).
     */
    static String siteUrl(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /**
     * The view that {@code from}, {@code to} and {@code vehicle} ask for (each optional, as on
     * {@code /}), within the whole history {@code full}.
     *
     * @throws BadParameterException a value that is not a year or date, an unknown vehicle, an end before the start
     */
    public static View requestedView(View full, String from, String to, List<String> vehicles) {
        LocalDate start = Params.yearOrDate("from", from, false);
        LocalDate end = Params.yearOrDate("to", to, true);
        start = start == null ? full.from() : start;
        end = end == null ? full.to() : end;
        if (end.isBefore(start)) {
            throw Params.isBlank(to)
                    ? new BadParameterException("from", "not-after-end", end.toString())
                    : new BadParameterException("to", "not-before-from", start.toString());
        }
        Set<String> selected = new LinkedHashSet<>(MissionFilters.vehicleSlugs(vehicles));
        return new View(start, end, selected, null, true);
    }
}
