package org.launchledger.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import org.launchledger.contribute.PendingChange;

/** A proposed change on the wire, with the mission JSON it proposes. */
public record ChangeJson(long id, String kind, String targetSlug, String status, String author, Long baseVersion,
                         String comment, String createdAt, String decidedBy, String decidedAt, JsonNode payload) {

    /** What a contributor's write answers: the change waits for review. */
    public record Proposed(String status, long changeId) {
    }

    static ChangeJson of(PendingChange change, ObjectMapper json) {
        try {
            return new ChangeJson(change.id, change.kind, change.targetSlug, change.status, change.author,
                    change.baseVersion, change.comment, change.createdAt.toString(), change.decidedBy,
                    change.decidedAt == null ? null : change.decidedAt.toString(), json.readTree(change.payload));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
