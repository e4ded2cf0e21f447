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
import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.Page;
import org.launchledger.history.Person;
import org.launchledger.history.PersonQuery;
import org.launchledger.history.Span;
import org.launchledger.history.Vehicle;
import org.launchledger.web.BadParameterException;
import org.launchledger.web.Formats;
import org.launchledger.web.Language;
import org.launchledger.web.MessageExtensions;
import org.launchledger.web.Links;
import org.launchledger.web.NotFoundProblem;
import org.launchledger.web.PastTheEndProblem;
import org.launchledger.web.PersonFilters;
import org.launchledger.web.QueryCheck;
import org.launchledger.web.ShowsBadParameters;

/** The people who flew to the ISS, with filters and search, and one page per person. */
@Path("/people")
@Produces(MediaType.TEXT_HTML)
public class PersonPages {

    @CheckedTemplate(basePath = "browse")
    static class Templates {
        static native TemplateInstance people(PeopleList list);

        static native TemplateInstance person(Person person, List<CrewSeat> seats, long reachedStation,
                                              List<Vehicle> vehiclesFlown, Span timeFlown, CrewSeat underway);
    }

    /** The submitted filter values, as sent. */
    public record PeopleForm(String q, String nationality, String agency, List<String> vehicles) {

        public PeopleForm {
            vehicles = vehicles == null ? List.of() : vehicles;
        }

        public boolean hasNationality(String code) {
            return code.equalsIgnoreCase(nationality);
        }

        public boolean hasAgency(String name) {
            return name.equalsIgnoreCase(agency);
        }
    }

    /**
     * Everything the list page shows: the form and its choices, and either results (with each
     * person's ISS flights counted) or an error.
     */
    public record PeopleList(PeopleForm form, List<String> nationalities, List<String> agencies,
                             List<Vehicle> vehicles, Page<Person> results, Map<Long, Long> issFlightCounts,
                             Pager pager, FilterError error)
            implements FilterError.Shown {

        /** The person's ISS flights ({@link org.launchledger.history.IssFlight}). */
        public long issFlights(Person person) {
            return issFlightCounts.getOrDefault(person.id, 0L);
        }
    }

    /**
     * The list, filtered as the query says; 400 with the list's form and the message beside the
     * field for a bad filter, 404 with the last page's address for a page past the end.
     */
    @GET
    @ShowsBadParameters
    public Response list(@RestQuery String page, @RestQuery String size, @RestQuery String q,
                         @RestQuery String nationality, @RestQuery String agency, @RestQuery List<String> vehicle,
                         @Context RoutingContext rc) {
        PeopleForm form = new PeopleForm(q, nationality, agency, vehicle);
        // In the order of the names the reader sees ("Belarus" before "Belgia"), not of the codes.
        Language language = MessageExtensions.current();
        Collator collator = Collator.getInstance(language.locale);
        List<String> nationalities = Person.nationalities().stream()
                .sorted(Comparator.comparing((String code) -> Formats.country(code, language), collator)).toList();
        List<String> agencies = Person.agencies();
        List<Vehicle> vehicles = Vehicle.listInOrderOfFirstFlight();
        try {
            QueryCheck.rethrow(rc);
            Page<Person> results = PastTheEndProblem.check(PersonFilters.read(page, size, q, nationality, agency,
                    vehicle).run());
            return Response.ok(Templates.people(new PeopleList(form, nationalities, agencies, vehicles, results,
                    Person.issFlightCounts(results.items()), Pager.of(results, Links.of(rc.request())), null))).build();
        } catch (BadParameterException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.people(new PeopleList(form,
                    nationalities, agencies, vehicles, null, Map.of(), null, FilterError.of(e)))).build();
        }
    }

    @GET
    @Path("{slug}")
    public TemplateInstance person(@RestPath String slug) {
        Person person = Person.findBySlug(slug).orElseThrow(() -> new NotFoundProblem("person", slug));
        List<CrewSeat> seats = CrewSeat.ofPerson(person);
        List<CrewSeat> issFlights = seats.stream().filter(CrewSeat::issFlight).toList();
        Span timeFlown = Span.sum(issFlights.stream().map(PersonPages::span).filter(Objects::nonNull).toList());
        CrewSeat underway = issFlights.stream().filter(CrewSeat::inSpace).findFirst().orElse(null);
        long reachedStation = issFlights.size();
        return Templates.person(person, seats, reachedStation, vehiclesFlown(seats), timeFlown, underway);
    }

    /** Launch of the flight up to landing of the flight home; null while the person is still up there. */
    private static Span span(CrewSeat seat) {
        return seat.landedOn == null ? null : Span.between(seat.mission.launch(), seat.landedOn.landing());
    }

    /** The vehicles a person rode, up or down, in the order they first rode them. */
    private static List<Vehicle> vehiclesFlown(List<CrewSeat> seats) {
        Set<Vehicle> vehicles = new LinkedHashSet<>();
        seats.forEach(s -> Stream.of(s.mission, s.landedOn).filter(Objects::nonNull).forEach(m -> vehicles.add(m.vehicle)));
        return List.copyOf(vehicles);
    }
}
