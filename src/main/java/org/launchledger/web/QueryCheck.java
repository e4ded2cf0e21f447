package org.launchledger.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The query-string rules every resource shares, checked before it runs, from the parameters its
 * method declares ({@code @RestQuery} or {@code @QueryParam}): a single-valued parameter given
 * twice, and a value with control characters, are a 400 naming the parameter. Under /api, a
 * parameter the method does not declare is a 400 too, so a misspelt filter never silently
 * returns everything. HTML pages ignore parameters they do not declare: links shared or
 * bookmarked pick up extras (utm_*, fbclid, ...) that must not break a page. {@code lang} is
 * accepted everywhere, for the language switch.
 */
public class QueryCheck {

    /** Parameters any address may carry. */
    public static final Set<String> AMBIENT = Set.of("lang");

    private static final String DEFERRED = QueryCheck.class.getName() + ".problem";

    private final Map<Method, Declared> declared = new ConcurrentHashMap<>();

    /** The query parameters of one resource method, in order, and those that may repeat. */
    record Declared(Set<String> names, Set<String> repeatable) {

        static Declared by(Method method) {
            Set<String> names = new LinkedHashSet<>();
            Set<String> repeatable = new LinkedHashSet<>();
            for (Parameter p : method.getParameters()) {
                String name = queryName(p);
                if (name != null) {
                    names.add(name);
                    if (Collection.class.isAssignableFrom(p.getType()) || p.getType().isArray()) {
                        repeatable.add(name);
                    }
                }
            }
            return new Declared(names, repeatable);
        }

        private static String queryName(Parameter p) {
            RestQuery rest = p.getAnnotation(RestQuery.class);
            if (rest != null) {
                return rest.value().isEmpty() ? p.getName() : rest.value();
            }
            QueryParam query = p.getAnnotation(QueryParam.class);
            return query == null ? null : query.value();
        }
    }

    @ServerRequestFilter
    public void check(ResourceInfo resource, UriInfo uri, RoutingContext rc) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        BadParameterException problem = problem(uri.getPath(), uri.getQueryParameters(),
                declared.computeIfAbsent(method, Declared::by));
        if (problem == null) {
            return;
        }
        if (method.isAnnotationPresent(ShowsBadParameters.class)) {
            rc.put(DEFERRED, problem);
        } else {
            throw problem;
        }
    }

    /**
     * For pages marked {@link ShowsBadParameters}: throws the problem the check found in this
     * request's query, if any, so the page shows it beside its form.
     *
     * @throws BadParameterException the parameter and the rule it broke
     */
    public static void rethrow(RoutingContext rc) {
        BadParameterException problem = rc.get(DEFERRED);
        if (problem != null) {
            throw problem;
        }
    }

    /** The first rule the query breaks, or null. */
    static BadParameterException problem(String path, Map<String, List<String>> query, Declared declared) {
        boolean api = path.equals("/api") || path.startsWith("/api/");
        if (api) {
            List<String> unknown = query.keySet().stream()
                    .filter(name -> !declared.names().contains(name) && !AMBIENT.contains(name)).sorted().toList();
            if (!unknown.isEmpty()) {
                return BadParameterException.unknown(unknown, path, declared.names());
            }
        }
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            String name = parameter.getKey();
            List<String> values = parameter.getValue();
            if (!declared.names().contains(name) && !AMBIENT.contains(name)) {
                continue;
            }
            if (values.size() > 1 && !declared.repeatable().contains(name)) {
                return new BadParameterException(name, "once", values.size());
            }
            for (String value : values) {
                int control = value.codePoints().filter(Character::isISOControl).findFirst().orElse(-1);
                if (control >= 0) {
                    return new BadParameterException(name, "control-character", String.format("U+%04X", control));
                }
            }
        }
        return null;
    }
}
