package org.launchledger.web;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.time.LocalDate;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.Mission;
import org.launchledger.history.MissionQuery;
import org.launchledger.history.Moment;
import org.launchledger.history.Outcome;
import org.launchledger.history.Search;
import org.launchledger.history.Span;
import org.launchledger.history.StandDown;
import org.launchledger.history.Vehicle;

/**
 * {@link Formats} for templates, in the page's language: {@code {moment.human}},
 * {@code {span.dh}}, {@code {outcome.label}}, {@code {fmt:country(code)}}, {@code {fmt:ymd(a, b)}}.
 */
public final class FormatExtensions {

    private FormatExtensions() {
    }

    @TemplateExtension
    static String human(Moment moment, @TemplateAttribute("locale") Object locale) {
        return Formats.human(moment, MessageExtensions.language(locale));
    }

    /** {@code {date.human}}: a UTC date (day precision) written out in the page's language ({@link Formats#human(LocalDate, Language)}). */
    @TemplateExtension
    static String human(LocalDate date, @TemplateAttribute("locale") Object locale) {
        return Formats.human(date, MessageExtensions.language(locale));
    }

    /** {@code {vehicle.inTextName}}: the family's name inside a sentence ("the Space Shuttle", "naveta spațială"). */
    @TemplateExtension
    static String inTextName(Vehicle vehicle, @TemplateAttribute("locale") Object locale) {
        return Formats.vehicleInText(vehicle.slug, vehicle.name, MessageExtensions.language(locale));
    }

    /** {@code {vehicle.oneAirframe}}: "One Crew Dragon airframe" ({@link Formats#oneAirframe}). */
    @TemplateExtension
    static String oneAirframe(Vehicle vehicle, @TemplateAttribute("locale") Object locale) {
        return Formats.oneAirframe(vehicle.slug, vehicle.name, MessageExtensions.language(locale));
    }

    /** {@code {vehicle.airframeOf}}: "Crew Dragon" / "orbiterului" before an airframe's name ({@link Formats#airframeOf}). */
    @TemplateExtension
    static String airframeOf(Vehicle vehicle, @TemplateAttribute("locale") Object locale) {
        return Formats.airframeOf(vehicle.slug, vehicle.name, MessageExtensions.language(locale));
    }

    @TemplateExtension
    static String named(Search.LaunchDates dates, @TemplateAttribute("locale") Object locale) {
        return Formats.named(dates, MessageExtensions.language(locale));
    }

    @TemplateExtension
    static String day(Moment moment) {
        return Formats.day(moment);
    }

    @TemplateExtension
    static String precisionNote(Moment moment, @TemplateAttribute("locale") Object locale) {
        return Formats.precisionNote(moment, MessageExtensions.language(locale));
    }

    @TemplateExtension
    static String dh(Span span, @TemplateAttribute("locale") Object locale) {
        return Formats.dh(span, MessageExtensions.language(locale));
    }

    @TemplateExtension
    static String label(Outcome outcome, @TemplateAttribute("locale") Object locale) {
        return Formats.label(outcome, MessageExtensions.language(locale));
    }

    @TemplateExtension
    static String explanation(Outcome outcome, @TemplateAttribute("locale") Object locale) {
        return Formats.explanation(outcome, MessageExtensions.language(locale));
    }

    @TemplateExtension
    static String label(MissionQuery.Sort sort, @TemplateAttribute("locale") Object locale) {
        return Formats.label(sort, MessageExtensions.language(locale));
    }

    /** {@code {seat.roleName}}: the seat's role in the page's language. */
    @TemplateExtension
    static String roleName(CrewSeat seat, @TemplateAttribute("locale") Object locale) {
        return Formats.role(seat.role, MessageExtensions.language(locale));
    }

    /** {@code {standDown.reasonText}}: why the vehicle stood down, in the page's language where the data has it. */
    @TemplateExtension
    static String reasonText(StandDown standDown, @TemplateAttribute("locale") Object locale) {
        return Formats.reason(standDown, MessageExtensions.language(locale));
    }

    /** {@code {vehicle.notesText}}: the vehicle's notes, in the page's language where the data has them. */
    @TemplateExtension
    static String notesText(Vehicle vehicle, @TemplateAttribute("locale") Object locale) {
        return Formats.text(vehicle.notes, vehicle.notesRo, MessageExtensions.language(locale));
    }

    /** {@code {vehicle.displayName}}: the family's name in the page's language. */
    @TemplateExtension
    static String displayName(Vehicle vehicle, @TemplateAttribute("locale") Object locale) {
        return Formats.vehicle(vehicle, MessageExtensions.language(locale));
    }

    /** {@code {mission.variantName}}: the mission's vehicle variant in the page's language ({@link Formats#variant}). */
    @TemplateExtension
    static String variantName(Mission mission, @TemplateAttribute("locale") Object locale) {
        return Formats.variant(mission.variant, MessageExtensions.language(locale));
    }

    @TemplateExtension
    static String asQueryValue(String text) {
        return Formats.asQueryValue(text);
    }

    @TemplateExtension(namespace = "fmt")
    static String elapsed(Moment from, Moment to, @TemplateAttribute("locale") Object locale) {
        return Formats.elapsed(from, to, MessageExtensions.language(locale));
    }

    @TemplateExtension(namespace = "fmt")
    static String ymd(Moment from, Moment to, @TemplateAttribute("locale") Object locale) {
        return Formats.ymd(from, to, MessageExtensions.language(locale));
    }

    @TemplateExtension(namespace = "fmt")
    static String country(String code, @TemplateAttribute("locale") Object locale) {
        return Formats.country(code, MessageExtensions.language(locale));
    }

    /** {@code {error.rule}}: the rule a parameter broke, in the page's language. */
    @TemplateExtension
    static String rule(BadParameterException error, @TemplateAttribute("locale") Object locale) {
        return error.rule(MessageExtensions.language(locale));
    }

    /**
     * {@code {error.message}}: the whole message ("Parameter 'to' must not be before ..."), in the page's language.
     * It stands in for the exception's own message, which is English, for log lines.
     */
    @TemplateExtension
    static String message(BadParameterException error, @TemplateAttribute("locale") Object locale) {
        return error.message(MessageExtensions.language(locale));
    }

    @TemplateExtension(namespace = "fmt")
    static String sourceName(String url) {
        return Formats.sourceName(url);
    }
}
