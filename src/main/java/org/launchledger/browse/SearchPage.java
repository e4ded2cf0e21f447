package org.launchledger.browse;

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
import java.time.LocalDate;
import org.jboss.resteasy.reactive.RestQuery;
import org.launchledger.history.Search;
import org.launchledger.teach.OnThisDayDates;
import org.launchledger.web.BadParameterException;
import org.launchledger.web.Params;
import org.launchledger.web.ReaderSearch;
import org.launchledger.web.QueryCheck;
import org.launchledger.web.ShowsBadParameters;

/** Vehicles, expeditions, missions, people and airframes by name, number or designation; launches by year or day. */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchPage {

    @CheckedTemplate(basePath = "browse")
    static class Templates {
        static native TemplateInstance search(String q, Search results, LocalDate aboardOn, boolean timeline, FilterError error);
    }

    @Inject
    OnThisDayDates days;

    /**
     * Results for {@code q}; 400 with the message beside the search box for a bad one (a date the calendar does
     * not have among them). A day that "on this day" covers also links its page ({@code aboardOn}), even when no
     * flight launched that day; a year or a month links its timeline when a flight launched then or the station's
     * history covers part of it.
     */
    @GET
    @ShowsBadParameters
    public Response search(@RestQuery String q, @Context RoutingContext rc) {
        try {
            QueryCheck.rethrow(rc);
            String text = Params.text("q", q);
            Search results = text == null ? null : ReaderSearch.of(text);
            Search.LaunchDates launched = results == null ? null : results.launched();
            LocalDate aboardOn = launched == null || !launched.oneDay() || !days.covers(launched.from()) ? null : launched.from();
            boolean timeline = launched != null && !launched.oneDay()
                    && (results.missions().total() > 0 || days.covers(launched.from()) || days.covers(launched.to()));
            return Response.ok(Templates.search(q, results, aboardOn, timeline, null)).build();
        } catch (BadParameterException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.search(q, null, null, false, FilterError.of(e))).build();
        }
    }
}
