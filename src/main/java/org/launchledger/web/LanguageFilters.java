package org.launchledger.web;

import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Chooses each request's language ({@link Language#choose}) before the resource runs, and after
 * it: renders pages in that language, remembers a {@code ?lang=} choice in a cookie for a year,
 * and says which language was served ({@code Content-Language}) and what it depended on
 * ({@code Vary}).
 */
public class LanguageFilters {

    /** How long the switcher's choice is remembered, in seconds (a year). */
    static final long COOKIE_SECONDS = 365L * 24 * 3600;

    @Inject
    RequestLanguage current;

    @ServerRequestFilter(preMatching = true)
    public void choose(HttpServerRequest request) {
        current.set(RequestLanguage.of(request), request);
    }

    @ServerResponseFilter
    public void answer(ContainerRequestContext request, ContainerResponseContext response, HttpServerRequest http) {
        Language language = current.get();
        if (response.getEntity() instanceof TemplateInstance page) {
            page.setLocale(language.locale);
        }
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, language.tag());
        response.getHeaders().add(HttpHeaders.VARY, "Accept-Language, Cookie");
        if (RequestLanguage.queryChoice(http)) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, Language.PARAMETER + "=" + language.tag()
                    + "; Path=/; Max-Age=" + COOKIE_SECONDS + "; SameSite=Lax");
        }
    }
}
