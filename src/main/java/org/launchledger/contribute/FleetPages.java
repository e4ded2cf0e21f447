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
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.launchledger.history.Moment;
import org.launchledger.history.StandDown;
import org.launchledger.history.Vehicle;
import org.launchledger.web.InvalidInputException;
import org.launchledger.web.InvalidInputException.Violation;
import org.launchledger.web.Language;
import org.launchledger.web.MessageExtensions;
import org.launchledger.web.Messages;
import org.launchledger.web.NotFoundProblem;

/**
 * The editors' forms for the fleet: a vehicle's fields, and adding, changing and deleting
 * stand-downs. Each save goes through {@link FleetChanges} (the JSON API's rules, every broken one
 * beside its field, status 400), then redirects to the vehicle's page with a one-time message. A
 * save based on a version someone else has replaced meanwhile re-renders the form with 409 and a
 * table of what they changed. Signed-in editors and admins only; anyone else is sent to sign in
 * (anonymous) or refused (403).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.EDITOR, Role.ADMIN})
public class FleetPages {

    /** A vehicle form's fields, as VehicleWrite names them. */
    static final List<String> VEHICLE_FIELDS =
            List.of("name", "country", "operator", "crewSeats", "retired", "notes", "notesRo", "sources");
    /** A stand-down form's fields, as StandDownWrite names them. */
    static final List<String> STAND_DOWN_FIELDS = List.of("vehicle", "from", "to", "reason", "reasonRo", "sources");

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,9}");

    @CheckedTemplate(basePath = "contribute")
    static class Templates {
        static native TemplateInstance vehicleEdit(Vehicle vehicle, EditForm form, int minSeats, int maxSeats);

        static native TemplateInstance standDownEdit(StandDown standDown, EditForm form, List<Vehicle> vehicles);
    }

    @Inject
    FleetChanges changes;

    /** The form for a vehicle's fields, as they stand. */
    @GET
    @Path("vehicles/{slug}/edit")
    public TemplateInstance vehicleForm(@RestPath String slug) {
        Vehicle vehicle = vehicle(slug);
        return vehicleEdit(vehicle, EditForm.of(VEHICLE_FIELDS, texts(vehicle), vehicle.version));
    }

    /** Saves a vehicle's fields; see the class comment for what a rejected or conflicting save gets. */
    @POST
    @Path("vehicles/{slug}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response saveVehicle(@RestPath String slug, MultivaluedMap<String, String> posted) {
        Vehicle vehicle = vehicle(slug);
        Language language = MessageExtensions.current();
        EditForm form = EditForm.posted(VEHICLE_FIELDS, posted, EditForm.version(posted));
        if (form.version() != vehicle.version) {
            return page(409, vehicleEdit(vehicle, form.conflicting(texts(vehicle), vehicle.version,
                    Messages.text(language, "fleet.form.conflict", vehicle.version), language)));
        }
        String seats = form.value("crewSeats");
        boolean number = WHOLE_NUMBER.matcher(seats).matches();
        VehicleWrite write = new VehicleWrite(form.value("name"), form.value("country"), form.value("operator"),
                number ? Integer.valueOf(seats) : null, form.optional("retired"), form.optional("notes"),
                form.optional("notesRo"), form.list("sources"), form.version());
        try {
            changes.update(vehicle, form.version(), changes.check(write, vehicle));
        } catch (InvalidInputException e) {
            return page(400, vehicleEdit(vehicle, form.rejected(number || seats.isEmpty() ? e
                    : wholeNumber(e, "crewSeats", seats), language)));
        }
        return Response.seeOther(URI.create("/vehicles/" + vehicle.slug))
                .cookie(Flash.set("vehicle-saved", vehicle.slug)).build();
    }

    /** An empty stand-down form; {@code vehicle} (a slug) chooses the vehicle in advance. */
    @GET
    @Path("stand-downs/new")
    public TemplateInstance newStandDownForm(@RestQuery String vehicle) {
        Map<String, String> empty = new LinkedHashMap<>();
        STAND_DOWN_FIELDS.forEach(f -> empty.put(f, ""));
        if (vehicle != null && Vehicle.findBySlug(vehicle).isPresent()) {
            empty.put("vehicle", vehicle);
        }
        return standDownEdit(null, EditForm.of(STAND_DOWN_FIELDS, empty, 0));
    }

    /** Adds a stand-down, then shows its vehicle's page; broken rules re-render the form (400). */
    @POST
    @Path("stand-downs/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response addStandDown(MultivaluedMap<String, String> posted) {
        EditForm form = EditForm.posted(STAND_DOWN_FIELDS, posted, 0);
        try {
            StandDown standDown = changes.create(changes.check(standDownWrite(form, null), null));
            return Response.seeOther(URI.create("/vehicles/" + standDown.vehicle.slug))
                    .cookie(Flash.set("stand-down-saved", standDown.vehicle.slug)).build();
        } catch (InvalidInputException e) {
            return page(400, standDownEdit(null, form.rejected(e, MessageExtensions.current())));
        }
    }

    /** The form for one stand-down, as it stands, with its delete button. */
    @GET
    @Path("stand-downs/{id}/edit")
    public TemplateInstance standDownForm(@RestPath String id) {
        StandDown standDown = standDown(id);
        return standDownEdit(standDown, EditForm.of(STAND_DOWN_FIELDS, texts(standDown), standDown.version));
    }

    /** Saves a stand-down; see the class comment for what a rejected or conflicting save gets. */
    @POST
    @Path("stand-downs/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response saveStandDown(@RestPath String id, MultivaluedMap<String, String> posted) {
        StandDown standDown = standDown(id);
        Language language = MessageExtensions.current();
        EditForm form = EditForm.posted(STAND_DOWN_FIELDS, posted, EditForm.version(posted));
        if (form.version() != standDown.version) {
            return page(409, standDownEdit(standDown, form.conflicting(texts(standDown), standDown.version,
                    Messages.text(language, "fleet.form.conflict", standDown.version), language)));
        }
        try {
            changes.update(standDown, form.version(), changes.check(standDownWrite(form, form.version()), standDown));
        } catch (InvalidInputException e) {
            return page(400, standDownEdit(standDown, form.rejected(e, language)));
        }
        return Response.seeOther(URI.create("/vehicles/" + standDown.vehicle.slug))
                .cookie(Flash.set("stand-down-saved", standDown.vehicle.slug)).build();
    }

    /** Deletes a stand-down, then shows its vehicle's page with a one-time message. */
    @POST
    @Path("stand-downs/{id}/delete")
    @Transactional
    public Response deleteStandDown(@RestPath String id) {
        StandDown standDown = standDown(id);
        String vehicle = standDown.vehicle.slug;
        changes.delete(standDown);
        return Response.seeOther(URI.create("/vehicles/" + vehicle)).cookie(Flash.set("stand-down-deleted", vehicle))
                .build();
    }

    /** A vehicle's fields as its form shows them. */
    static Map<String, String> texts(Vehicle v) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("name", v.name);
        texts.put("country", v.country);
        texts.put("operator", v.operator);
        texts.put("crewSeats", String.valueOf(v.crewSeats));
        texts.put("retired", iso(v.retired()));
        texts.put("notes", orEmpty(v.notes));
        texts.put("notesRo", orEmpty(v.notesRo));
        texts.put("sources", String.join("\n", v.sources));
        return texts;
    }

    /** A stand-down's fields as its form shows them. */
    static Map<String, String> texts(StandDown s) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("vehicle", s.vehicle.slug);
        texts.put("from", iso(s.from()));
        texts.put("to", iso(s.to()));
        texts.put("reason", s.reason);
        texts.put("reasonRo", orEmpty(s.reasonRo));
        texts.put("sources", String.join("\n", s.sources));
        return texts;
    }

    private static StandDownWrite standDownWrite(EditForm form, Long version) {
        return new StandDownWrite(form.value("vehicle"), form.value("from"), form.optional("to"), form.value("reason"),
                form.optional("reasonRo"), form.list("sources"), version);
    }

    /** The violations with "crewSeats is required" replaced by what was wrong: not a whole number. */
    private static InvalidInputException wholeNumber(InvalidInputException e, String field, String text) {
        return new InvalidInputException(e.violations.stream()
                .map(v -> v.field().equals(field) ? new Violation(field, "whole-number", text) : v).toList());
    }

    private static TemplateInstance vehicleEdit(Vehicle vehicle, EditForm form) {
        return Templates.vehicleEdit(vehicle, form, VehicleWrite.MIN_SEATS, VehicleWrite.MAX_SEATS);
    }

    private static TemplateInstance standDownEdit(StandDown standDown, EditForm form) {
        return Templates.standDownEdit(standDown, form, Vehicle.listInOrderOfFirstFlight());
    }

    private static Response page(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML).entity(page).build();
    }

    private static Vehicle vehicle(String slug) {
        return Vehicle.findBySlug(slug).orElseThrow(() -> new NotFoundProblem("vehicle", slug));
    }

    private static StandDown standDown(String id) {
        return StandDown.findByIdText(id).orElseThrow(() -> new NotFoundProblem("standDown", id));
    }

    private static String iso(Moment moment) {
        return moment == null ? "" : moment.iso();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
