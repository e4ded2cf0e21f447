package org.launchledger.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.Page;
import org.launchledger.history.Person;
import org.launchledger.history.PersonQuery;
import org.launchledger.web.NotFoundProblem;
import org.launchledger.web.PastTheEndProblem;
import org.launchledger.web.PersonFilters;

@Path("/api/people")
@Produces(MediaType.APPLICATION_JSON)
public class PersonApi {

    /** A person in a list; {@code issFlights} counts seats on flights that reached the station. */
    public record PersonJson(String slug, String name, String fullName, String nationality, String agency,
                             String wikipedia, long issFlights) {

        /** Each person of a page, with ISS flights counted in one query for the page. */
        static Page<PersonJson> of(Page<Person> people) {
            Map<Long, Long> flights = Person.issFlightCounts(people.items());
            return people.map(p -> new PersonJson(p.slug, p.name, p.fullName, p.nationality, p.agency, p.wikipedia,
                    flights.getOrDefault(p.id, 0L)));
        }
    }

    /** Another name of a person's, with its source. */
    public record AlternativeNameJson(String name, String kind, String source) {
    }

    /**
     * One seat of a person's: up on {@code launchedOn}, home on {@code landedOn} (null while still in
     * space); {@code issFlight} false for a flight that never reached the station (a launch abort).
     */
    public record SeatJson(String launchedOn, String designation, String vehicle, String role, String launch,
                           String landedOn, String landing, boolean issFlight, List<Integer> expeditions,
                           boolean unverified) {
        static SeatJson of(CrewSeat s) {
            return new SeatJson(s.mission.slug, s.mission.designation, s.mission.vehicle.slug, s.role,
                    MissionJson.iso(s.mission.launch()), s.landedOn == null ? null : s.landedOn.slug,
                    s.landedOn == null ? null : MissionJson.iso(s.landedOn.landing()), s.issFlight(),
                    List.copyOf(s.servedExpeditions()), s.unverified);
        }
    }

    public record PersonDetailJson(String slug, String name, String fullName, String nationality, String agency,
                                   String wikipedia, List<AlternativeNameJson> alternativeNames, long issFlights,
                                   List<SeatJson> flights) {
    }

    @GET
    @Operation(summary = "People who flew to the ISS, by name; q matches any of their names in any spelling or script")
    public Page<PersonJson> list(@RestQuery String page, @RestQuery String size, @RestQuery String q,
                                 @RestQuery String nationality, @RestQuery String agency,
                                 @RestQuery List<String> vehicle) {
        PersonQuery query = PersonFilters.read(page, size, q, nationality, agency, vehicle);
        return PersonJson.of(PastTheEndProblem.check(query.run()));
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One person with every ISS flight")
    public PersonDetailJson get(@RestPath String slug) {
        Person p = Person.findBySlug(slug).orElseThrow(() -> new NotFoundProblem("person", slug));
        List<SeatJson> flights = CrewSeat.ofPerson(p).stream().map(SeatJson::of).toList();
        return new PersonDetailJson(p.slug, p.name, p.fullName, p.nationality, p.agency, p.wikipedia,
                p.alternativeNames.stream().map(n -> new AlternativeNameJson(n.name, n.kind, n.source)).toList(),
                flights.stream().filter(SeatJson::issFlight).count(), flights);
    }
}
