package org.launchledger.contribute;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Who is reading, for the layout's header ({@code {inject:account...}}): anonymous readers get the
 * sign-in and sign-up links, signed-in ones their name and a sign-out button.
 */
@RequestScoped
@Named("account")
public class Account {

    /** Where quarkus-rest-csrf keeps the request's token on the pages that create it. */
    private static final String CSRF_TOKEN = "csrf_token";
    /** Its cookie (quarkus.rest-csrf.cookie-name): without a signature key, the token is its value. */
    private static final String CSRF_COOKIE = "csrf-token";

    @Inject
    SecurityIdentity identity;

    @Inject
    Instance<RoutingContext> request;

    /** Whether the reader has signed in. */
    public boolean isSignedIn() {
        return name() != null;
    }

    /** The reader's account name; null when anonymous. */
    public String name() {
        try {
            return identity.isAnonymous() ? null : identity.getPrincipal().getName();
        } catch (RuntimeException unavailable) {
            // Pages answered before authentication finished (a refused sign-in, a malformed
            // address) are drawn for an anonymous reader.
            return null;
        }
    }

    /**
     * The CSRF token for the sign-out form; null on a page drawn outside Quarkus REST. Signed-in
     * readers hold the token cookie from the sign-in page, so every page can carry it.
     */
    public String csrfToken() {
        try {
            if (!request.isResolvable()) {
                return null;
            }
            RoutingContext rc = request.get();
            String token = rc.get(CSRF_TOKEN);
            if (token == null && rc.request().getCookie(CSRF_COOKIE) != null) {
                token = rc.request().getCookie(CSRF_COOKIE).getValue();
            }
            return token;
        } catch (RuntimeException unavailable) {
            return null;
        }
    }

    /** Whether the reader may review proposed changes (an editor or an admin). */
    public boolean isReviewer() {
        try {
            return identity.hasRole(Role.EDITOR) || identity.hasRole(Role.ADMIN);
        } catch (RuntimeException unavailable) {
            return false;
        }
    }

    /** Whether the reader may manage accounts. */
    public boolean isAdmin() {
        try {
            return identity.hasRole(Role.ADMIN);
        } catch (RuntimeException unavailable) {
            return false;
        }
    }

    /** Whether the reader may edit the history directly (editors and admins): pages show edit controls only then. */
    public boolean isEditor() {
        try {
            return identity.hasRole(Role.EDITOR) || identity.hasRole(Role.ADMIN);
        } catch (RuntimeException unavailable) {
            return false;
        }
    }
}
