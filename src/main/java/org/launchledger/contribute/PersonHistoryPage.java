package org.launchledger.contribute;

import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.launchledger.history.Person;
import org.launchledger.web.NotFoundProblem;

/** A person's change history as a page ({@link HistoryPages}' template); people are not reverted here. */
@Path("/people")
@Produces(MediaType.TEXT_HTML)
public class PersonHistoryPage {

    @Inject
    ChangeHistory history;

    @GET
    @Path("{slug}/history")
    public TemplateInstance personHistory(@RestPath String slug) {
        Person person = Person.findBySlug(slug).orElseThrow(() -> new NotFoundProblem("person", slug));
        return HistoryPages.Templates.history(new HistoryPages.View(person.name, "/people/" + person.slug,
                history.ofPerson(person), null, List.of()));
    }
}
