package org.launchledger.contribute;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestPath;
import org.launchledger.history.Person;
import org.launchledger.web.ConflictProblem;
import org.launchledger.web.InvalidInputException.Violation;
import org.launchledger.web.Language;
import org.launchledger.web.MessageExtensions;
import org.launchledger.web.Messages;
import org.launchledger.web.NotFoundProblem;

/**
 * The person form ({@code /people/{slug}/edit}): names, nationality, agency and alternative names
 * with their sources, under the JSON API's rules ({@link PersonChanges}). Editors' changes apply at
 * once, contributors' wait for review; a stale version answers 409 with what changed.
 */
@Path("/people")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CONTRIBUTOR, Role.EDITOR, Role.ADMIN})
public class PersonForms extends ContributionPages {

    private static final Pattern NAME_FIELD = Pattern.compile("(?:alternativeNames|names)\\[(\\d+)](?:\\.(\\w+))?");

    @CheckedTemplate(basePath = "contribute")
    static class Templates {
        static native TemplateInstance personForm(PersonForm form, FieldErrors errors, Person person,
                                                  List<String> kinds, List<MissionForm.Difference> changed,
                                                  boolean reviews);
    }

    @Inject
    PersonChanges changes;

    /** The form, filled in as the person is stored now. */
    @GET
    @Path("{slug}/edit")
    public TemplateInstance edit(@RestPath String slug) {
        Person person = find(slug);
        return page(PersonForm.of(person), FieldErrors.NONE, person, List.of());
    }

    /** A correction: applied (editors) or proposed (contributors) at the version read; 409 otherwise. */
    @POST
    @Path("{slug}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response update(@RestPath String slug, MultivaluedMap<String, String> posted) {
        Person person = find(slug);
        PersonForm form = PersonForm.read(posted);
        PersonForm.Converted converted = form.toWrite();
        List<Violation> violations = new ArrayList<>(converted.unreadable());
        PersonWrite write = collect(() -> changes.check(converted.write(), person), violations);
        if (!violations.isEmpty()) {
            Language language = MessageExtensions.current();
            FieldErrors errors = FieldErrors.of(violations, field -> place(field, converted),
                    field -> label(field, language), language);
            return again(422, page(form, errors, person, List.of()));
        }
        if (person.version != write.version()) {
            return conflict(form, person);
        }
        if (!reviews()) {
            return propose(PendingChange.UPDATE_PERSON, person.slug, write, write.version(), "person-proposed");
        }
        try {
            changes.update(person, write.version(), write);
        } catch (ConflictProblem stale) {
            return conflict(form, person);
        }
        return redirect("/people/" + person.slug, Flash.set("person-saved", person.slug));
    }

    private Response conflict(PersonForm form, Person person) {
        Language language = MessageExtensions.current();
        return again(409, page(form.atVersion(person.version), FieldErrors.NONE, person,
                form.differencesFrom(PersonForm.of(person), field -> label(field, language))));
    }

    private TemplateInstance page(PersonForm form, FieldErrors errors, Person person,
                                  List<MissionForm.Difference> changed) {
        return Templates.personForm(form, errors, person, PersonChanges.NAME_KINDS, changed, reviews());
    }

    /** The form field that shows a rule broken by the write's {@code field}: alternative names by row. */
    static String place(String field, PersonForm.Converted converted) {
        Matcher name = NAME_FIELD.matcher(field);
        if (name.matches()) {
            int entry = Integer.parseInt(name.group(1));
            int row = entry < converted.rows().size() ? converted.rows().get(entry) : entry;
            return "names[" + row + "]." + (name.group(2) == null ? "name" : name.group(2));
        }
        return field;
    }

    /** A form field's label in {@code language}: "Name", "Other name 2: source". */
    static String label(String field, Language language) {
        Matcher name = NAME_FIELD.matcher(field);
        if (name.matches()) {
            return Messages.text(language, "contribute.person.names.row-field", Integer.parseInt(name.group(1)) + 1,
                    Messages.text(language, "contribute.person.names." + name.group(2)));
        }
        String key = "contribute.person." + field;
        return Messages.keys(language).contains(key) ? Messages.text(language, key) : field;
    }

    private static Person find(String slug) {
        return Person.findBySlug(slug).orElseThrow(() -> new NotFoundProblem("person", slug));
    }

    /**
     * A name kind ("native-script") as an ICU select keyword ("native_script"): a keyword may not
     * hold '-', and a message that tried failed to parse, so every person form answered 500.
     */
    @TemplateExtension
    static String selectKeyword(String kind) {
        return kind.replace('-', '_');
    }
}
