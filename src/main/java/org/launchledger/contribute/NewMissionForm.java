package org.launchledger.contribute;

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
import org.launchledger.history.Mission;
import org.launchledger.web.InvalidInputException.Violation;

/**
 * The form for a new flight, {@code /contribute/missions/new}: the mission form of
 * {@link MissionForms} with nothing filled in, created at once for editors and proposed for review
 * for contributors.
 */
@Path("/contribute/missions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CONTRIBUTOR, Role.EDITOR, Role.ADMIN})
public class NewMissionForm extends ContributionPages {

    @Inject
    MissionChanges changes;

    /** The empty form for a new flight. */
    @GET
    @Path("new")
    public TemplateInstance newMission() {
        return MissionForms.page(MissionForm.empty(), FieldErrors.NONE, null, List.of(), reviews());
    }

    /** A new flight: created (editors), or proposed for review (contributors). */
    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response createMission(MultivaluedMap<String, String> posted) {
        MissionForm form = MissionForm.read(posted);
        MissionForm.Converted converted = form.toWrite();
        List<Violation> violations = new ArrayList<>(converted.unreadable());
        MissionChanges.Checked checked = collect(() -> changes.check(converted.write(), null), violations);
        if (!violations.isEmpty()) {
            return MissionForms.rejected(form, converted, violations, null, reviews());
        }
        MissionWrite write = converted.write();
        if (!reviews()) {
            return propose(PendingChange.CREATE_MISSION, write.slug(), write, null, "mission-proposed");
        }
        Mission mission = changes.create(checked);
        return redirect("/missions/" + mission.slug, Flash.set("mission-saved", mission.slug));
    }
}
