package org.launchledger.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
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

    public record PersonJson(String slug, String name, String fullName, String nationality, String agency,
                             String wikipedia) {
        static PersonJson of(Person p) {
            return new PersonJson(p.slug, p.name, p.fullName, p.nationality, p.agency, p.wikipedia);
        }
    }

    /** One seat of a person's: up on {@code launchedOn}, home on {@code landedOn} (null while in space). */
    public record SeatJson(String launchedOn, String designation, String vehicle, String role, String launch,
                           String landedOn, String landing, boolean unverified) {
        static SeatJson of(CrewSeat s) {
            return new SeatJson(s.mission.slug, s.mission.designation, s.mission.vehicle.slug, s.role,
                    MissionJson.iso(s.mission.launch()), s.landedOn == null ? null : s.landedOn.slug,
                    s.landedOn == null ? null : MissionJson.iso(s.landedOn.landing()), s.unverified);
        }
    }

    public record PersonDetailJson(String slug, String name, String fullName, String nationality, String agency,
                                   String wikipedia, List<SeatJson> flights) {
    }

    @GET
    @Operation(summary = "People who flew to the ISS, by name; q matches name or slug, accents ignored")
    public Page<PersonJson> list(@RestQuery String page, @RestQuery String size, @RestQuery String q,
                                 @RestQuery String nationality, @RestQuery String agency,
                                 @RestQuery List<String> vehicle) {
        PersonQuery query = PersonFilters.read(page, size, q, nationality, agency, vehicle);
        return PastTheEndProblem.check(query.run()).map(PersonJson::of);
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One person with every ISS flight")
    public PersonDetailJson get(@RestPath String slug) {
        Person p = Person.findBySlug(slug).orElseThrow(() -> new NotFoundProblem("person", slug));
        return new PersonDetailJson(p.slug, p.name, p.fullName, p.nationality, p.agency, p.wikipedia,
                CrewSeat.ofPerson(p).stream().map(SeatJson::of).toList());
    }
}
