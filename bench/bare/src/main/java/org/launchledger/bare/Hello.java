package org.launchledger.bare;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The bare app's only page: its first 200 on {@code /} is the start-up bench/run.sh compares with. */
@Path("/")
public class Hello {

    /** A fixed line of text; nothing to read, nothing to cache. */
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String hello() {
        return "bare\n";
    }
}
