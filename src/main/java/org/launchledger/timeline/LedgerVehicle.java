package org.launchledger.timeline;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import org.launchledger.history.Moment;
import org.launchledger.history.Vehicle;
import org.launchledger.web.Formats;
import org.launchledger.web.MessageExtensions;

/** A vehicle family as the cached {@link Ledger} holds it: facts only, no entity. */
public record LedgerVehicle(String slug, String name, String country, Moment retired) {

    /** The facts of a loaded vehicle. */
    public static LedgerVehicle of(Vehicle vehicle) {
        return new LedgerVehicle(vehicle.slug, vehicle.name, vehicle.country, vehicle.retired());
    }

    /** {@code {vehicle.displayName}}: the family's name in the page's language. */
    @TemplateExtension
    static String displayName(LedgerVehicle vehicle, @TemplateAttribute("locale") Object locale) {
        return Formats.vehicle(vehicle.slug(), vehicle.name(), MessageExtensions.language(locale));
    }
}
