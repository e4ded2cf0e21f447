package org.launchledger.contribute;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.security.identity.SecurityIdentity;
import java.time.Clock;
import org.hibernate.envers.RevisionListener;

/**
 * Fills in who made a change and when, as Envers opens each revision: the signed-in account of
 * the request, or {@link #SYSTEM} outside one (start-up tasks, migrations run by the app).
 */
public class RevisionAuthor implements RevisionListener {

    /** The author of changes that no account made. */
    public static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        Revision revision = (Revision) revisionEntity;
        ArcContainer container = Arc.container();
        // The application's clock rather than Envers' own Instant.now(): tests fix the day.
        revision.at = container.instance(Clock.class).get().instant();
        revision.username = SYSTEM;
        if (container.requestContext().isActive()) {
            SecurityIdentity identity = container.instance(SecurityIdentity.class).get();
            if (identity != null && !identity.isAnonymous()) {
                revision.username = identity.getPrincipal().getName();
            }
        }
    }
}
