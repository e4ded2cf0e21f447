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
import java.time.Clock;
import org.launchledger.web.ErrorResponses;
import org.launchledger.web.NulCharacter;

/**
 * Applies the {@link LoginThrottle} to every sign-in with a name and a password: the login form
 * ({@code POST /j_security_check}) and HTTP Basic on the API. It runs as the first identity provider
 * for names and passwords: a throttled name is refused before its password is even checked, and the
 * refusal is answered 429 (the app's page, or JSON for the API); any other name goes on to Quarkus
 * Security JPA. A name holding U+0000 fails here, before any database sees it.
 *
 * <p>A failure is counted as it passes through Vert.x's failure handlers, on any route; a success of
 * the login form clears the name's count (a success with HTTP Basic, which comes with every API request,
 * does not: the failures leave the window on their own). The counts are in the database, shared by every
 * instance: they are read and written on worker threads, and a failure is written before its answer goes
 * out, so the next attempt sees it.
 */
@ApplicationScoped
public class LoginGate implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Where the login form posts: Quarkus's form authentication. */
    static final String POST_LOCATION = "/j_security_check";
    private static final String NAME = LoginGate.class.getName() + ".name";
    /** Before Quarkus's authentication, like web.HttpEdge. */
    private static final int ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1;

    private final LoginThrottle throttle;

    LoginGate() {
        // The system clock, not the app's Clock bean: tests fix that one to a day, and the
        // window must still pass in real time.
        this.throttle = new LoginThrottle(Clock.systemUTC());
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
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (NulCharacter.in(request.getUsername())) {
            // No account has such a name, and looking it up would be PostgreSQL's error: a failed sign-in.
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        return context.runBlocking(() -> {
            if (throttle.blocked(request.getUsername())) {
                throw new Throttled();
            }
            if (rc != null) {
                rc.put(NAME, request.getUsername());
            }
            // No identity from here: Quarkus asks the next provider (the accounts in the database).
            return null;
        });
    }

    void install(@Observes Router router) {
        router.post(POST_LOCATION).order(ORDER).handler(rc -> {
            rc.addHeadersEndHandler(v -> succeeded(rc));
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
                }, false).onComplete(written -> rc.next());
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

    /** A redirect from the login form to anywhere but the error page is a success: the name starts afresh. */
    private void succeeded(RoutingContext rc) {
        String name = rc.get(NAME);
        String location = rc.response().headers().get(HttpHeaders.LOCATION);
        if (name != null && rc.response().getStatusCode() == 302 && location != null
                && !location.contains(AccountPages.LOGIN_ERROR)) {
            // Off the event loop, and after the answer: the one signing in does not wait for it.
            rc.vertx().executeBlocking(() -> {
                throttle.succeeded(name);
                return null;
            }, false);
        }
    }
}
