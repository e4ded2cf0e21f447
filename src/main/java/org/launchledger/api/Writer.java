package org.launchledger.api;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import org.launchledger.contribute.Role;
import org.launchledger.web.NotSignedInProblem;

/** Who is writing through the API: signed in (HTTP Basic or the session), and whether they may apply changes. */
record Writer(String name, boolean reviews) {

    /** The signed-in writer; a 401 with a Basic challenge for anyone else. */
    static Writer of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            throw new NotSignedInProblem();
        }
        return new Writer(identity.getPrincipal().getName(),
                identity.hasRole(Role.EDITOR) || identity.hasRole(Role.ADMIN));
    }

    /** The signed-in writer, who must be an editor or an admin: 403 otherwise. */
    static Writer reviewer(SecurityIdentity identity) {
        Writer writer = of(identity);
        if (!writer.reviews) {
            throw new ForbiddenException();
        }
        return writer;
    }
}
