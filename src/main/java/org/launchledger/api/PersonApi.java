package org.launchledger.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.launchledger.contribute.PendingChange;
import org.launchledger.contribute.PersonChanges;
import org.launchledger.contribute.PersonWrite;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.Page;
import org.launchledger.history.Person;
import org.launchledger.history.PersonQuery;
import org.launchledger.web.ConflictProblem;
import org.launchledger.web.NotFoundProblem;
import org.launchledger.web.PastTheEndProblem;
import org.launchledger.web.PersonFilters;

/**
 * People as JSON: read by anyone; written like missions ({@link MissionApi}) by signed-in accounts,
 * an editor's or admin's write applying at once and a contributor's waiting for review.
 */
@Path("/api/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "people", description = "People who flew to the ISS, and changes to them")
public class PersonApi {

    @Inject
    SecurityIdentity identity;
    @Inject
    PersonChanges changes;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

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
                                   List<SeatJson> flights, long version) {

        static PersonDetailJson of(Person p) {
            List<SeatJson> flights = CrewSeat.ofPerson(p).stream().map(SeatJson::of).toList();
            return new PersonDetailJson(p.slug, p.name, p.fullName, p.nationality, p.agency, p.wikipedia,
                    p.alternativeNames.stream().map(n -> new AlternativeNameJson(n.name, n.kind, n.source)).toList(),
                    flights.stream().filter(SeatJson::issFlight).count(), flights, p.version);
        }
    }

    @GET
    @Operation(operationId = "listPeople", summary = "People who flew to the ISS, by name; q matches any of their names in any spelling or script",
            description = "page from 0 (past the last page: 404); size 1-500 (default 50); nationality; agency; vehicle"
                    + " (slug, repeatable). A bad value: 400 naming the parameter.")
    public Page<PersonJson> list(@RestQuery String page, @RestQuery String size, @RestQuery String q,
                                 @RestQuery String nationality, @RestQuery String agency,
                                 @RestQuery List<String> vehicle) {
        PersonQuery query = PersonFilters.read(page, size, q, nationality, agency, vehicle);
        return PersonJson.of(PastTheEndProblem.check(query.run()));
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getPerson", summary = "One person with every ISS flight",
            description = "Names, nationality, agency, alternative names with sources, and every seat. Unknown slug: 404;"
                    + " a renamed one: 301 to the current address.")
    public PersonDetailJson get(@RestPath String slug) {
        return PersonDetailJson.of(Person.findBySlug(slug).orElseThrow(() -> new NotFoundProblem("person", slug)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "createPerson", summary = "Add a person",
            description = "Editors and admins: 201 and the person at Location. Contributors: 202, a change for review. "
                    + "Every broken rule at once: 422 with errors [{field, message}].")
    public Response create(PersonWrite write) {
        Writer writer = Writer.of(identity);
        changes.check(MissionApi.required(write), null);
        if (!writer.reviews()) {
            return propose(PendingChange.CREATE_PERSON, write.slug(), write, writer, null);
        }
        Person person = changes.create(write);
        // A relative Location, as ErrorResponses gives: never built from the Host header the client sent.
        return Response.status(Response.Status.CREATED).header("Location", "/api/people/" + person.slug)
                .entity(PersonDetailJson.of(person)).build();
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "replacePerson", summary = "Replace a person",
            description = "The body carries the version read; another version: 409. A changed slug: the old address "
                    + "answers 301. Contributors: 202, a change for review.")
    public Response replace(@RestPath String slug, PersonWrite write) {
        Writer writer = Writer.of(identity);
        Person person = Person.findBySlug(slug).orElseThrow(() -> new NotFoundProblem("person", slug));
        changes.check(MissionApi.required(write), person);
        if (!writer.reviews()) {
            if (person.version != write.version()) {
                throw new ConflictProblem("contribute.person-stale", person.slug, write.version(), person.version);
            }
            return propose(PendingChange.UPDATE_PERSON, slug, write, writer, write.version());
        }
        return Response.ok(PersonDetailJson.of(changes.update(person, write.version(), write))).build();
    }

    @DELETE
    @Path("{slug}")
    @Transactional
    @Operation(operationId = "deletePerson", summary = "Delete a person without crew seats (editors and admins; with seats: 409)",
            description = "204 when deleted. Anonymous: 401; contributors: 403. A person who still has crew seats: 409.")
    public Response delete(@RestPath String slug) {
        Writer.reviewer(identity);
        changes.delete(Person.findBySlug(slug).orElseThrow(() -> new NotFoundProblem("person", slug)));
        return Response.noContent().build();
    }

    private Response propose(String kind, String slug, PersonWrite write, Writer writer, Long baseVersion) {
        return Proposals.propose(json, clock, kind, slug, write, writer, baseVersion);
    }
}
