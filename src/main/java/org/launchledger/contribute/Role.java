package org.launchledger.contribute;

import java.util.List;

/**
 * The roles an account can hold, from least to most trusted: contributors propose changes,
 * editors review them, admins also manage accounts. Strings, as {@code @RolesAllowed} wants them.
 */
public final class Role {

    public static final String CONTRIBUTOR = "contributor";
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    /** Every role, least trusted first. */
    public static final List<String> NAMES = List.of(CONTRIBUTOR, EDITOR, ADMIN);

    private Role() {
    }
}
