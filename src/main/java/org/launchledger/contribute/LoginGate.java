package org.launchledger.contribute;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.launchledger.web.ErrorResponses;
import org.launchledger.web.NulCharacter;

/**
 * Applies the {@link LoginThrottle} to every sign-in with a name and a password: the login form
 * ({@code POST /j_security_check}) and HTTP Basic on the API. It runs as the first identity provider
 * for names and passwords: a throttled name is refused before its password is even checked, answered
 * 429 (the app's page, or JSON for the API); any other name goes on to Quarkus Security JPA. A name
 * holding U+0000 fails here, before any database sees it.
 *
 * <p>A failure is counted as it passes through Vert.x's failure handlers, on any route, and written
 * before its answer goes out, so the next attempt sees it. A success by the login form clears the name's
 * failures, after the answer; a success with HTTP Basic, which comes with every API request, does not (the
 * failures expire on their own). The counts are in the database, shared by every instance, read and
 * written on worker threads.
 */
@ApplicationScoped
public class LoginGate implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Where the login form posts: Quarkus's form authentication. */
    static final String POST_LOCATION = "/j_security_check";
    private static final String NAME = LoginGate.class.getName() + ".name";
    /** Before Quarkus's authentication and its form handler (which answers a sign-in itself). */
    private static final int ORDER = RouteConstants.ROUTE_ORDER_HEADERS;

    private static final Logger LOG = Logger.getLogger(LoginGate.class);

    private final LoginThrottle throttle;

    /**
     * With the session key (the same on every instance that shares sessions) the digests of names agree
     * across instances and restarts; without it, a key of this process's own.
     */
    LoginGate(@ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> sessionKey) {
        // The system clock, not the app's Clock bean: tests fix that one to a day, and the
        // window must still pass in real time.
        this.throttle = new LoginThrottle(Clock.systemUTC(), throttleKey(sessionKey));
    }

    /** A key for names' digests derived from the session key, never the session key itself. */
    static byte[] throttleKey(Optional<String> sessionKey) {
        if (sessionKey.isEmpty() || sessionKey.get().isBlank()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return random;
        }
        return LoginThrottle.hmac(sessionKey.get().getBytes(StandardCharsets.UTF_8), "launch-ledger sign-in throttle");
    }

    /** Refused because the name failed too often; answered 429. */
    static final class Throttled extends RuntimeException {
        Throttled() {
            super("too many failed sign-ins", null, false, false);
        }
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /** Before every other provider of names and passwords. */
    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        if (NulCharacter.in(request.getUsername())) {
            // No account has such a name, and looking it up would be PostgreSQL's error: a failed sign-in.
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (rc != null) {
            rc.put(NAME, request.getUsername());
        }
        return context.runBlocking(() -> {
            if (throttle.blocked(request.getUsername())) {
                throw new Throttled();
            }
            // No identity from here: Quarkus asks the next provider (the accounts in the database).
            return null;
        });
    }

    void install(@Observes Router router) {
        // No path of its own: matching one first would normalise every address before web.HttpEdge can answer a
        // broken one with the app's 400.
        router.route().order(ORDER).handler(rc -> {
            if (rc.request().method() == HttpMethod.POST && POST_LOCATION.equals(rc.request().path())) {
                rc.addHeadersEndHandler(v -> answered(rc));
            }
            rc.next();
        });
        // A refused sign-in reaches Vert.x's failure handlers before Quarkus answers it (the form's error page,
        // HTTP Basic's 401), whatever the route.
        router.route().order(ORDER).failureHandler(rc -> {
            if (throttled(rc.failure()) && !rc.response().headWritten()) {
                rc.response().putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(LoginThrottle.WINDOW.toSeconds()));
                ErrorResponses.send(rc, 429, "accounts.login.throttled", LoginThrottle.WINDOW.toMinutes());
                return;
            }
            String name = rc.get(NAME);
            if (rc.failure() instanceof AuthenticationFailedException && name != null) {
                rc.vertx().executeBlocking(() -> {
                    throttle.failed(name);
                    return null;
                }, false).onComplete(written -> {
                    if (written.failed()) {
                        LOG.warnf(written.cause(), "Could not count a failed sign-in");
                    }
                    rc.next();
                });
                return;
            }
            rc.next();
        });
    }

    private static boolean throttled(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Throttled) {
                return true;
            }
        }
        return false;
    }

    /**
     * A redirect from the login form to anywhere but its error page is a success: the name starts afresh,
     * off the event loop and after the answer (the one signing in does not wait for it).
     */
    private void answered(RoutingContext rc) {
        String name = rc.get(NAME);
        String location = rc.response().headers().get(HttpHeaders.LOCATION);
        if (name == null || rc.response().getStatusCode() != 302 || location == null
                || location.contains(AccountPages.LOGIN_ERROR)) {
            return;
        }
        Instant at = throttle.now();
        rc.vertx().executeBlocking(() -> {
            throttle.succeeded(name, at);
            return null;
        }, false).onFailure(e -> LOG.warnf(e, "Could not clear the failed sign-ins of a name that signed in"));
    }
}
