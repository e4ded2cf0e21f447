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
 * Applies the {@link LoginThrottle} to the login form ({@code POST /j_security_check}). It runs as
 * the first identity provider for names and passwords: a throttled name is refused before its
 * password is even checked, and the refusal is answered with the app's 429 page; any other name
 * goes on to Quarkus Security JPA. A name holding U+0000 fails here, before any database sees it.
 * A failure is counted as it passes through Vert.x's failure handlers; a success clears the
 * name's count.
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
        if (throttle.blocked(request.getUsername())) {
            return Uni.createFrom().failure(new Throttled());
        }
        if (rc != null) {
            rc.put(NAME, request.getUsername());
        }
        // No identity from here: Quarkus asks the next provider (the accounts in the database).
        return Uni.createFrom().nullItem();
    }

    void install(@Observes Router router) {
        router.post(POST_LOCATION).order(ORDER).handler(rc -> {
            rc.addHeadersEndHandler(v -> succeeded(rc));
            rc.next();
        });
        // A refused sign-in reaches Vert.x's failure handlers before Quarkus answers it with the error page.
        router.post(POST_LOCATION).order(ORDER).failureHandler(rc -> {
            if (throttled(rc.failure()) && !rc.response().headWritten()) {
                rc.response().putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(LoginThrottle.WINDOW.toSeconds()));
                ErrorResponses.send(rc, 429, "accounts.login.throttled", LoginThrottle.WINDOW.toMinutes());
                return;
            }
            if (rc.failure() instanceof AuthenticationFailedException && rc.get(NAME) != null) {
                throttle.failed(rc.get(NAME));
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
            throttle.succeeded(name);
        }
    }
}
