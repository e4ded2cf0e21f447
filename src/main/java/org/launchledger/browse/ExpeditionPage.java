package org.launchledger.browse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.Mission;
import org.launchledger.web.NotFoundProblem;

/** One ISS expedition, as far as the data links flights to it: who flew up and down for it, on what. */
@Path("/expeditions")
@Produces(MediaType.TEXT_HTML)
public class ExpeditionPage {

    @CheckedTemplate(basePath = "browse")
    static class Templates {
        static native TemplateInstance expedition(int number, List<Mission> flights, List<CrewSeat> crew,
                                                  Integer previous, Integer next);
    }

    /** Only a plain number names an expedition; other paths are simply not found. */
    @GET
    @Path("{number: \\d{1,4}}")
    public TemplateInstance expedition(@RestPath int number) {
        List<CrewSeat> crew = CrewSeat.ofExpedition(number);
        List<Mission> flights = Mission.ofExpedition(number, crew);
        if (flights.isEmpty()) {
            throw new NotFoundProblem("expedition", String.valueOf(number));
        }
        List<Integer> known = Mission.expeditionNumbers();
        Integer previous = known.stream().filter(k -> k < number).reduce((a, b) -> b).orElse(null);
        Integer next = known.stream().filter(k -> k > number).findFirst().orElse(null);
        return Templates.expedition(number, flights, crew, previous, next);
    }
}
