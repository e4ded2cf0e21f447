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
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.launchledger.web.ErrorResponses;
import org.launchledger.web.NulCharacter;

/**
 * Applies the {@link LoginThrottle} to every sign-in with a name and a password: the login form
 * ({@code POST /j_security_check}) and HTTP Basic on the API. It runs as the first identity provider
 * for names and passwords: it records the attempt and refuses it when the name has failed too often,
 * before the password is even checked, answering 429 (the app's page, or JSON for the API); any other
 * attempt goes on to Quarkus Security JPA. A name holding U+0000 fails here, before any database sees it.
 *
 * <p>The attempt's row stays as a failure unless the answer shows a success: the form's redirect to
 * anywhere but its error page clears the name's failures; an HTTP Basic request answered with anything
 * but 401 removes only its own row (Basic comes with every API request: the earlier failures expire on
 * their own). The rows are in the database, shared by every instance, read and written on worker threads.
 */
@ApplicationScoped
public class LoginGate implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Where the login form posts: Quarkus's form authentication. */
    static final String POST_LOCATION = "/j_security_check";
    private static final String ATTEMPT = LoginGate.class.getName() + ".attempt";
    /** Before Quarkus's authentication and its form handler, so that the answer's headers are seen. */
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
        AtomicReference<LoginThrottle.Attempt> recorded = rc == null ? new AtomicReference<>() : rc.get(ATTEMPT);
        return context.runBlocking(() -> {
            LoginThrottle.Attempt attempt = throttle.begin(request.getUsername()).orElseThrow(Throttled::new);
            if (recorded != null) {
                recorded.set(attempt);
            }
            // No identity from here: Quarkus asks the next provider (the accounts in the database).
            return null;
        });
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(rc -> {
            if (POST_LOCATION.equals(rc.request().path()) || rc.request().headers().contains(HttpHeaders.AUTHORIZATION)) {
                AtomicReference<LoginThrottle.Attempt> attempt = new AtomicReference<>();
                rc.put(ATTEMPT, attempt);
                rc.addHeadersEndHandler(v -> answered(rc, attempt.get()));
            }
            rc.next();
        });
        // A refused attempt reaches Vert.x's failure handlers before Quarkus answers it (the form's error page,
        // HTTP Basic's 401), whatever the route.
        router.route().order(ORDER).failureHandler(rc -> {
            if (throttled(rc.failure()) && !rc.response().headWritten()) {
                rc.response().putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(LoginThrottle.WINDOW.toSeconds()));
                ErrorResponses.send(rc, 429, "accounts.login.throttled", LoginThrottle.WINDOW.toMinutes());
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
     * Reads the answer to an attempt let through: a failure (the form's way back to its error page, or 401)
     * keeps its row; a success removes it, and the form's success the name's earlier failures too. Off the
     * event loop, after the answer: the one signing in does not wait for it.
     */
    private void answered(RoutingContext rc, LoginThrottle.Attempt attempt) {
        if (attempt == null) {
            return;
        }
        int status = rc.response().getStatusCode();
        String location = rc.response().headers().get(HttpHeaders.LOCATION);
        boolean form = POST_LOCATION.equals(rc.request().path());
        boolean failed = form ? status != 302 || location == null || location.contains(AccountPages.LOGIN_ERROR)
                : status == 401;
        if (failed) {
            return;
        }
        rc.vertx().executeBlocking(() -> {
            if (form) {
                throttle.succeeded(attempt);
            } else {
                throttle.forget(attempt.id());
            }
            return null;
        }, false).onFailure(e -> LOG.warnf(e, "Could not clear a successful sign-in's attempt"));
    }
}
