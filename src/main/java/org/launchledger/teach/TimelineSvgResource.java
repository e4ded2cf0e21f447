package org.launchledger.teach;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;
import org.launchledger.timeline.AccessService;
import org.launchledger.timeline.Ledger;
import org.launchledger.timeline.TimelineChart;
import org.launchledger.timeline.TimelineLayout;
import org.launchledger.timeline.TimelineLayout.View;
import org.launchledger.timeline.TimelineResource;
import org.launchledger.web.Language;
import org.launchledger.web.MessageExtensions;
import org.launchledger.web.Messages;

/**
 * {@code /timeline.svg}: the view that the same query shows on {@code /}, as an SVG file of its
 * own (styles and fonts inline, light colours) to download into slides or worksheets.
 */
@Path("/timeline.svg")
public class TimelineSvgResource {

    /** The media type of the file. */
    public static final String SVG = "image/svg+xml";

    @CheckedTemplate(basePath = "teach")
    static class Templates {
        static native TemplateInstance timelineSvg(TimelineChart chart, String css);
    }

    @Inject
    AccessService service;

    /**
     * The chart of {@code from}, {@code to} and {@code vehicle} (as on {@code /}) in the request's
     * language, as an attachment named after the view.
     *
     * @throws org.launchledger.web.BadParameterException a bad view (400, the same rules as {@code /})
     */
    @GET
    @Produces(SVG)
    public Response svg(@RestQuery String from, @RestQuery String to, @RestQuery List<String> vehicle) {
        Ledger ledger = service.ledger();
        View view = TimelineResource.requestedView(TimelineLayout.fullView(ledger), from, to, vehicle);
        Language language = MessageExtensions.current();
        String body = Templates.timelineSvg(TimelineLayout.draw(ledger, view, language), TimelineSvgStyle.CSS)
                .setLocale(language.locale).render();
        String name = Messages.text(language, "onthisday.svg.filename") + "-" + view.from() + "-" + view.to()
                + (view.vehicles().isEmpty() ? "" : "-" + String.join("-", view.vehicles().stream().sorted().toList()))
                + ".svg";
        return Response.ok(body, SVG + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
