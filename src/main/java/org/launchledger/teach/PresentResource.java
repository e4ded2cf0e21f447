package org.launchledger.teach;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.launchledger.teach.Slides.Slide;
import org.launchledger.timeline.AccessService;
import org.launchledger.timeline.Ledger;
import org.launchledger.timeline.TimelineChart;
import org.launchledger.timeline.TimelineLayout;
import org.launchledger.web.BadParameterException;
import org.launchledger.web.Language;
import org.launchledger.web.NotFoundProblem;
import org.launchledger.web.Params;
import org.launchledger.web.RequestLanguage;

/**
 * Presentation mode for a classroom: an overview at /present, one slide per address at
 * /present/{n} (n from 1), and the whole presentation with the timeline as one self-contained HTML
 * file to download (/present/offline.html, in the request's language).
 */
@Path("/present")
@Produces(MediaType.TEXT_HTML)
public class PresentResource {

    /** The static files the live pages link and the offline pack carries inline. */
    private static final List<String> STYLES = List.of("style.css", "present.css");
    private static final String SCRIPT = "present.js";

    @CheckedTemplate(basePath = "teach")
    static class Templates {
        static native TemplateInstance overview(List<Slide> slides, List<Language> languages);

        static native TemplateInstance deck(List<Shown> shown, int total, boolean pack, String style, String script,
                                            TimelineChart whole);
    }

    /**
     * A slide as a page shows it: its chart drawn, and the addresses of the slides around it
     * ({@code previous}/{@code next} null at either end).
     */
    public record Shown(Slide slide, TimelineChart chart, String previous, String next, String first, String last) {

        /** The prefix of the chart's element ids, unique in a page that shows every slide. */
        public String chartId() {
            return "s" + slide.number();
        }
    }

    @Inject
    AccessService service;

    @Inject
    RequestLanguage language;

    /** Every slide's title, linked, with the offline pack to download. */
    @GET
    public TemplateInstance overview() {
        return Templates.overview(Slides.of(service.ledger(), language.get()), Language.all());
    }

    /**
     * Slide {@code n}, counted from 1.
     *
     * @throws BadParameterException (400) when {@code n} is not a whole number
     * @throws NotFoundProblem (404) when there is no slide {@code n} (0, or past the last)
     */
    @GET
    @Path("{n}")
    public TemplateInstance slide(@RestPath String n) {
        Ledger ledger = service.ledger();
        List<Slide> slides = Slides.of(ledger, language.get());
        if (n == null || !n.matches("\\d+")) {
            throw new BadParameterException("slide", "whole-number", "1", String.valueOf(slides.size()),
                    n == null ? "" : Params.abbreviate(n));
        }
        // A number, but too long to be a slide's: not found, like any number past the last slide.
        int number = n.length() > 9 ? 0 : Integer.parseInt(n);
        if (number < 1 || number > slides.size()) {
            throw new NotFoundProblem("slide", Params.abbreviate(n));
        }
        Shown shown = shown(ledger, slides, number, "/present/", language.get());
        return Templates.deck(List.of(shown), slides.size(), false, "", "", null);
    }

    /**
     * The whole presentation and the timeline as one HTML file to keep (launch-ledger-en.html,
     * launch-ledger-ro.html): styles, charts and the keyboard script inline, so it opens with no
     * server and no network; slides link to each other by fragment. Links to the site's pages
     * (missions) are made absolute, on the address the file was downloaded from.
     */
    @GET
    @Path("offline.html")
    public Response offline(@Context UriInfo uri) {
        Ledger ledger = service.ledger();
        Language lang = language.get();
        List<Slide> slides = Slides.of(ledger, lang);
        List<Shown> shown = slides.stream().map(s -> shown(ledger, slides, s.number(), "#slide-", lang)).toList();
        StringBuilder style = new StringBuilder();
        STYLES.forEach(file -> style.append(resource(file)).append('\n'));
        TimelineChart whole = TimelineLayout.draw(ledger, TimelineLayout.fullView(ledger), lang);
        TemplateInstance page = Templates.deck(shown, slides.size(), true, style.toString(), resource(SCRIPT), whole);
        page.setLocale(lang.locale);
        String site = uri.getBaseUri().toString().replaceAll("/$", "");
        // Root-relative links would point into the reader's file system once the file is saved.
        String html = page.render().replace("href=\"/", "href=\"" + site + "/");
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"launch-ledger-" + lang.tag() + ".html\"")
                .build();
    }

    private static Shown shown(Ledger ledger, List<Slide> slides, int number, String prefix, Language lang) {
        Slide slide = slides.get(number - 1);
        return new Shown(slide, TimelineLayout.draw(ledger, slide.view(), lang),
                number > 1 ? prefix + (number - 1) : null,
                number < slides.size() ? prefix + (number + 1) : null,
                prefix + 1, prefix + slides.size());
    }

    /** A file the app serves from META-INF/resources, as text. */
    private static String resource(String name) {
        String path = "META-INF/resources/" + name;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
