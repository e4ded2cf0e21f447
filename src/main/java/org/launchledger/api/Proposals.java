package org.launchledger.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.launchledger.contribute.PendingChange;

/** A contributor's write, kept for review instead of applied: the one way missions and people do it. */
final class Proposals {

    private Proposals() {
    }

    /**
     * Stores the request body as a pending change and answers 202 with its id. Call within the
     * writer's transaction.
     *
     * @param baseVersion the version the change was written against; null for a new record
     */
    static Response propose(ObjectMapper json, Clock clock, String kind, String slug, Object write, Writer writer,
                            Long baseVersion) {
        PendingChange change = PendingChange.store(json, kind, slug, write, writer.name(), baseVersion, clock.instant());
        return Response.accepted(new ChangeJson.Proposed(change.status, change.id)).build();
    }
}
