package org.launchledger.contribute;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.launchledger.web.MessageExtensions;

/**
 * The one-time message the previous POST left ({@link Flash}), for the layout:
 * {@code {inject:flash.text}}. Every page shows it, so a redirect may land anywhere; the cookie
 * is removed by {@link FlashFilter} once a page has been drawn.
 */
@RequestScoped
@Named("flash")
public class FlashOnPage {

    @Inject
    Instance<RoutingContext> request;

    /** The message in the page's language; null when there is none (or it is not ours). */
    public String text() {
        try {
            if (!request.isResolvable()) {
                return null;
            }
            Cookie cookie = request.get().request().getCookie(Flash.COOKIE);
            return cookie == null ? null : Flash.text(cookie.getValue(), MessageExtensions.current());
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }
}
