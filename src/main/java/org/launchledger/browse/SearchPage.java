package org.launchledger.browse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestQuery;
import org.launchledger.history.Search;
import org.launchledger.web.BadParameterException;
import org.launchledger.web.ExpeditionNames;
import org.launchledger.web.Params;
import org.launchledger.web.VehicleNames;
import org.launchledger.web.QueryCheck;
import org.launchledger.web.ShowsBadParameters;

/** Vehicles, expeditions, missions, people and airframes by name, number or designation. */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchPage {

    @CheckedTemplate(basePath = "browse")
    static class Templates {
        static native TemplateInstance search(String q, Search results, FilterError error);
    }

    /** Results for {@code q}; 400 with the message beside the search box for a bad one. */
    @GET
    @ShowsBadParameters
    public Response search(@RestQuery String q, @Context RoutingContext rc) {
        try {
            QueryCheck.rethrow(rc);
            String text = Params.text("q", q);
            return Response.ok(Templates.search(q, text == null ? null : Search.of(VehicleNames.inData(text), ExpeditionNames.asked(text)), null)).build();
        } catch (BadParameterException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.search(q, null, FilterError.of(e))).build();
        }
    }
}
