package org.launchledger.contribute;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Removes the flash cookie once a page has shown it, so a reload or the back button shows it no more. */
public class FlashFilter {

    /** After an HTML page answered 2xx to a request that carried a flash, the cookie goes. */
    @ServerResponseFilter
    public void clearShownFlash(ContainerRequestContext request, ContainerResponseContext response) {
        boolean carried = request.getCookies().containsKey(Flash.COOKIE);
        boolean page = response.getMediaType() != null && response.getMediaType().isCompatible(MediaType.TEXT_HTML_TYPE);
        if (carried && page && response.getStatus() / 100 == 2) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, Flash.clear());
        }
    }
}
