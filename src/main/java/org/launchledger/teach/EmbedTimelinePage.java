package org.launchledger.teach;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;
import org.launchledger.timeline.AccessService;
import org.launchledger.timeline.Ledger;
import org.launchledger.timeline.LedgerVehicle;
import org.launchledger.timeline.TimelineChart;
import org.launchledger.timeline.TimelineLayout;
import org.launchledger.timeline.TimelineLayout.View;
import org.launchledger.timeline.TimelineResource;
import org.launchledger.web.MessageExtensions;

/**
 * {@code /embed/timeline}: the chart of a view alone, sized to its container, for an iframe on a
 * teacher's or a school's page; the only address other sites may frame (see web/SecurityHeaders).
 */
@Path("/embed/timeline")
@Produces(MediaType.TEXT_HTML)
public class EmbedTimelinePage {

    @CheckedTemplate(basePath = "teach")
    static class Templates {
        static native TemplateInstance embedTimeline(TimelineChart chart, String viewQuery);
    }

    @Inject
    AccessService service;

    /**
     * The chart of {@code from}, {@code to} and {@code vehicle} (as on {@code /}), with a link to that view on the site.
     *
     * @throws org.launchledger.web.BadParameterException a bad view (400, the same rules as {@code /})
     */
    @GET
    public TemplateInstance embed(@RestQuery String from, @RestQuery String to, @RestQuery List<String> vehicle) {
        Ledger ledger = service.ledger();
        View full = TimelineLayout.fullView(ledger);
        View view = TimelineResource.requestedView(full, from, to, vehicle);
        return Templates.embedTimeline(TimelineLayout.draw(ledger, view, MessageExtensions.current()),
                view.query(full, ledger.vehicles().stream().map(LedgerVehicle::slug).toList()));
    }
}
