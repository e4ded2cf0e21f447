package org.launchledger.api;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.launchledger.contribute.Role;
import org.launchledger.contribute.SignupForm;
import org.launchledger.contribute.User;
import org.launchledger.web.ConflictProblem;
import org.launchledger.web.InvalidInputException;
import org.launchledger.web.InvalidInputException.Violation;

/** Accounts through the API, for admins: the same rules as /signup and /admin/users. */
@Path("/api/users")
@Tag(name = "accounts", description = "Accounts and their roles (admins)")
public class UserApi {

    /** A new account: its name, password (12 to 72 characters) and role. */
    public record NewUser(String username, String password, String role) {
    }

    /** An account as the API shows it: never its password. */
    public record UserJson(String username, String role) {
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "createUser", summary = "Create an account (admins only)",
            description = "username: 3-40 lower-case letters, digits, '.', '_' or '-'; password: 12-72 characters; "
                    + "role: contributor, editor or admin. 201; 422 with every broken rule; 409 for a taken name.")
    public Response create(NewUser body) {
        Writer.of(identity);
        if (!identity.hasRole(Role.ADMIN)) {
            throw new ForbiddenException();
        }
        NewUser user = body == null ? new NewUser(null, null, null) : body;
        List<Violation> violations = new ArrayList<>();
        String name = user.username() == null ? "" : user.username().strip();
        if (name.isEmpty()) {
            violations.add(new Violation("username", "required"));
        } else if (name.length() < 3 || name.length() > 40 || !name.matches("[a-z0-9][a-z0-9._-]*")) {
            violations.add(new Violation("username", "username"));
        }
        String password = user.password() == null ? "" : user.password();
        if (password.length() < SignupForm.MIN_PASSWORD || password.length() > SignupForm.MAX_PASSWORD) {
            violations.add(new Violation("password", "password-length", SignupForm.MIN_PASSWORD, SignupForm.MAX_PASSWORD));
        }
        String role = user.role() == null ? "" : user.role().strip().toLowerCase(Locale.ROOT);
        if (!Role.NAMES.contains(role)) {
            violations.add(new Violation("role", "one-of", String.join(", ", Role.NAMES), user.role() == null ? "" : user.role()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (User.nameTaken(name)) {
            throw new ConflictProblem("contribute.user-taken", name);
        }
        User.create(name, password, role, clock.instant()).persist();
        return Response.status(Response.Status.CREATED).entity(new UserJson(name, role)).build();
    }
}
