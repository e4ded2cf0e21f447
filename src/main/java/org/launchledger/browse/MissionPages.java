package org.launchledger.browse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.Mission;
import org.launchledger.history.MissionQuery;
import org.launchledger.history.Moment;
import org.launchledger.history.Outcome;
import org.launchledger.history.Page;
import org.launchledger.history.Vehicle;
import org.launchledger.timeline.AccessService;
import org.launchledger.timeline.Ledger;
import org.launchledger.timeline.TimelineChart;
import org.launchledger.timeline.TimelineLayout;
import org.launchledger.web.BadParameterException;
import org.launchledger.web.Language;
import org.launchledger.web.Links;
import org.launchledger.web.MessageExtensions;
import org.launchledger.web.MissionFilters;
import org.launchledger.web.NotFoundProblem;
import org.launchledger.web.Params;
import org.launchledger.web.PastTheEndProblem;
import org.launchledger.web.QueryCheck;
import org.launchledger.web.ShowsBadParameters;

/** The list of missions with its filters, and one page per mission. */
@Path("/missions")
@Produces(MediaType.TEXT_HTML)
public class MissionPages {

    @CheckedTemplate(basePath = "browse")
    static class Templates {
        static native TemplateInstance missions(MissionList list);

        static native TemplateInstance mission(Mission mission, List<CrewSeat> crew, List<Integer> carriedFor,
                                               List<CrewSeat> broughtHome, Mission previous, Mission next,
                                               TimelineChart strip, String summary);
    }

    @Inject
    AccessService access;

    /** The submitted filter values, as sent, so the form shows what the reader asked for. */
    public record MissionForm(List<String> vehicles, String country, String outcome, String from, String to,
                              String q, String sort, String size) {

        public MissionForm {
            vehicles = vehicles == null ? List.of() : vehicles;
        }

        public boolean hasCountry(String code) {
            return code.equalsIgnoreCase(country);
        }
    }

    /** Everything the list page shows: the form and its choices, and either results or an error. */
    public record MissionList(MissionForm form, List<Vehicle> vehicles, List<String> countries,
                              Page<Mission> results, Pager pager, FilterError error, Links links)
            implements FilterError.Shown {

        public Outcome[] outcomes() {
            return Outcome.values();
        }

        public MissionQuery.Sort[] sorts() {
            return MissionQuery.Sort.values();
        }

        /** This list, sorted another way. */
        public String sortedBy(MissionQuery.Sort sort) {
            return links.with("sort", sort == MissionQuery.Sort.LAUNCH ? null : sort.code());
        }

        public boolean isSortedBy(MissionQuery.Sort sort) {
            return sort.code().equalsIgnoreCase(form.sort() == null || form.sort().isBlank() ? "launch" : form.sort());
        }
    }

    /**
     * One line of a mission's timetable: the message keys of its name and, when the ledger has no
     * time, of the reason why.
     */
    public record Event(String name, Moment at, String missing) {
    }

    /** Launch, docking, undocking and landing, each with its reason when the ledger has no time. */
    @TemplateExtension
    static List<Event> events(Mission m) {
        boolean docked = m.dockingAt != null;
        boolean underway = m.landingAt == null && m.outcome.reachedStation();
        String notRecorded = "missions.event.not-recorded";
        String notYet = "missions.event.not-yet";
        String notAtStation = m.outcome.reachedStation() ? notRecorded : "missions.event.never-at-station";
        return List.of(
                new Event("missions.event.launch", m.launch(), notRecorded),
                new Event("missions.event.docking", m.docking(), notAtStation),
                new Event("missions.event.undocking", m.undocking(), docked && underway ? notYet : notAtStation),
                new Event("missions.event.landing", m.landing(), underway ? notYet : notRecorded));
    }


    /**
     * The list, filtered as the query says; 400 with the list's form and the message beside the
     * field for a bad filter, 404 with the last page's address for a page past the end.
     */
    @GET
    @ShowsBadParameters
    public Response list(@RestQuery String page, @RestQuery String size, @RestQuery List<String> vehicle,
                         @RestQuery String year, @RestQuery String from, @RestQuery String to,
                         @RestQuery String country, @RestQuery String outcome, @RestQuery String q,
                         @RestQuery String sort, @Context RoutingContext rc) {
        // An exact year fills both ends of the range in the form.
        boolean exactYear = !Params.isBlank(year);
        MissionForm form = new MissionForm(vehicle, country, outcome, exactYear ? year : from,
                exactYear ? year : to, q, sort, size);
        List<Vehicle> vehicles = Vehicle.listInOrderOfFirstFlight();
        List<String> countries = vehicles.stream().map(v -> v.country.toUpperCase(Locale.ROOT)).distinct().toList();
        Links links = Links.of(rc.request());
        try {
            QueryCheck.rethrow(rc);
            MissionQuery query = MissionFilters.read(page, size, vehicle, year, from, to, country, outcome, q, sort);
            Page<Mission> results = PastTheEndProblem.check(query.run());
            return Response.ok(Templates.missions(new MissionList(form, vehicles, countries, results,
                    Pager.of(results, links), null, links))).build();
        } catch (BadParameterException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.missions(new MissionList(form,
                    vehicles, countries, null, null, FilterError.of(e), links))).build();
        }
    }

    /**
     * The strip around a mission: its place in the ledger's history; the whole history in the rare
     * case the ledger was read before the mission was added.
     */
    private static TimelineLayout.View stripView(Ledger ledger, Mission mission) {
        return ledger.mission(mission.slug).map(m -> TimelineLayout.missionView(ledger, m))
                .orElseGet(() -> TimelineLayout.fullView(ledger));
    }

    @GET
    @Path("{slug}")
    public TemplateInstance mission(@RestPath String slug) {
        Mission mission = Mission.findBySlug(slug).orElseThrow(() -> new NotFoundProblem("mission", slug));
        Ledger ledger = access.ledger();
        List<CrewSeat> crew = CrewSeat.commandFirst(CrewSeat.ofMission(mission));
        List<CrewSeat> broughtHome = CrewSeat.broughtHomeBy(mission);
        return Templates.mission(mission, crew, CrewSeat.ownExpeditions(crew), broughtHome,
                mission.previousOfSameVehicle().orElse(null), mission.nextOfSameVehicle().orElse(null),
                TimelineLayout.draw(ledger, stripView(ledger, mission), MessageExtensions.current()),
                MissionSummary.of(mission, crew, broughtHome, ledger.asOf(), MessageExtensions.current()));
    }
}
