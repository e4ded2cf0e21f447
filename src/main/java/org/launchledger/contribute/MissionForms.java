package org.launchledger.contribute;

import io.quarkus.qute.CheckedTemplate;
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
import org.launchledger.history.Mission;
import org.launchledger.web.ConflictProblem;
import org.launchledger.web.InvalidInputException.Violation;
import org.launchledger.web.Language;
import org.launchledger.web.MessageExtensions;
import org.launchledger.web.Messages;
import org.launchledger.web.NotFoundProblem;

/**
 * The mission forms: a correction ({@code /missions/{slug}/edit}) and, in {@link NewMissionForm}, a
 * new flight ({@code /contribute/missions/new}), for signed-in accounts. The rules are the JSON API's
 * ({@link MissionChanges}); a rejected form comes back with the input kept and every message beside
 * its field; a save over a newer version answers 409 with what changed. Editors' and admins'
 * changes apply at once; a contributor's become a {@link PendingChange} for review. Every
 * successful post redirects (post/redirect/get) with a one-time message.
 */
@Path("/missions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CONTRIBUTOR, Role.EDITOR, Role.ADMIN})
public class MissionForms extends ContributionPages {

    private static final Pattern CREW_FIELD = Pattern.compile("crew\\[(\\d+)]\\.(\\w+)(?:\\.(\\w+))?.*");

    @CheckedTemplate(basePath = "contribute")
    static class Templates {
        static native TemplateInstance missionForm(MissionForm form, FieldErrors errors, FormChoices choices,
                                                   Mission mission, List<MissionForm.Difference> changed,
                                                   boolean reviews);
    }

    @Inject
    MissionChanges changes;

    /** The form for correcting a mission, filled in as it is stored now. */
    @GET
    @Path("{slug}/edit")
    public TemplateInstance editMission(@RestPath String slug) {
        Mission mission = find(slug);
        return page(MissionForm.of(mission), FieldErrors.NONE, mission, List.of(), reviews());
    }

    /**
     * A correction: applied (editors) or proposed (contributors) when the form was opened at the
     * mission's current version; otherwise 409 and the form again, showing what changed meanwhile,
     * at the current version so that saving again is a deliberate choice.
     */
    @POST
    @Path("{slug}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response updateMission(@RestPath String slug, MultivaluedMap<String, String> posted) {
        Mission mission = find(slug);
        MissionForm form = MissionForm.read(posted);
        MissionForm.Converted converted = form.toWrite();
        List<Violation> violations = new ArrayList<>(converted.unreadable());
        MissionChanges.Checked checked = collect(() -> changes.check(converted.write(), mission), violations);
        if (!violations.isEmpty()) {
            return rejected(form, converted, violations, mission, reviews());
        }
        MissionWrite write = converted.write();
        if (mission.version != write.version()) {
            return conflict(form, mission);
        }
        if (!reviews()) {
            return propose(PendingChange.UPDATE_MISSION, mission.slug, write, write.version(), "mission-proposed");
        }
        try {
            changes.update(mission, write.version(), checked);
        } catch (ConflictProblem stale) {
            return conflict(form, mission);
        }
        return redirect("/missions/" + mission.slug, Flash.set("mission-saved", mission.slug));
    }

    /** The form again (422) with every broken rule beside its field. */
    static Response rejected(MissionForm form, MissionForm.Converted converted, List<Violation> violations,
                             Mission mission, boolean reviews) {
        Language language = MessageExtensions.current();
        FieldErrors errors = FieldErrors.of(violations, field -> place(field, converted),
                field -> label(field, language), language);
        return again(422, page(form, errors, mission, List.of(), reviews));
    }

    private Response conflict(MissionForm form, Mission mission) {
        MissionForm current = MissionForm.of(mission);
        return again(409, page(form.atVersion(mission.version), FieldErrors.NONE, mission,
                form.differencesFrom(current, field -> label(field, MessageExtensions.current())), reviews()));
    }

    /** The mission form page; {@code mission} is null for a new flight. */
    static TemplateInstance page(MissionForm form, FieldErrors errors, Mission mission,
                                 List<MissionForm.Difference> changed, boolean reviews) {
        return Templates.missionForm(form, errors, FormChoices.load(MessageExtensions.current()), mission, changed,
                reviews);
    }

    /**
     * The form field that shows a rule broken by the write's {@code field}: crew entries are
     * numbered without the blank rows, and a new person's fields sit in the row's "new person" inputs.
     */
    static String place(String field, MissionForm.Converted converted) {
        Matcher crew = CREW_FIELD.matcher(field);
        if (crew.matches()) {
            int entry = Integer.parseInt(crew.group(1));
            int row = entry < converted.rows().size() ? converted.rows().get(entry) : entry;
            String part = crew.group(2);
            boolean adds = entry < converted.write().crewList().size()
                    && converted.write().crewList().get(entry).newPerson() != null;
            String input = switch (part) {
                case "newPerson" -> "nationality".equals(crew.group(3)) ? "newNationality" : "newName";
                case "slug" -> adds ? "newName" : "person";
                default -> part;
            };
            return "crew[" + row + "]." + input;
        }
        if (field.startsWith("crew[")) {
            return field.substring(0, field.indexOf(']') + 1) + ".person";
        }
        return field.replaceAll("\\[\\d+]$", "");
    }

    /** A form field's label in {@code language}: "Launch", "Crew row 2: role". */
    static String label(String field, Language language) {
        Matcher crew = Pattern.compile("crew\\[(\\d+)]\\.(\\w+)").matcher(field);
        if (crew.matches()) {
            return Messages.text(language, "contribute.form.crew.row-field", Integer.parseInt(crew.group(1)) + 1,
                    Messages.text(language, "contribute.form.crew." + crew.group(2)));
        }
        String key = "contribute.form." + field;
        return Messages.keys(language).contains(key) ? Messages.text(language, key) : field;
    }

    private static Mission find(String slug) {
        return Mission.findBySlug(slug).orElseThrow(() -> new NotFoundProblem("mission", slug));
    }
}
