package org.launchledger.contribute;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.launchledger.web.MessageExtensions;
import org.launchledger.web.Messages;

/**
 * Accounts and their roles, for admins only: a table of every account with a form per row to
 * change its role. The last admin cannot be demoted, so the app always keeps one.
 */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class UserAdminPages {

    /** A role change that could not be made: the account and why, shown beside its role field. */
    public record RowError(String username, String message) {
    }

    @CheckedTemplate(basePath = "contribute")
    static class Templates {
        static native TemplateInstance users(List<User> users, List<String> roles, RowError error);
    }

    /** Every account, with the role forms (the layout shows the one-time message after a change). */
    @GET
    public TemplateInstance users() {
        return Templates.users(User.listByName(), Role.NAMES, null);
    }

    /**
     * Gives {@code username} the role {@code role}, then back to the list with a one-time message.
     * An unknown role (400) or the demotion of the last admin (409) re-renders the list with the
     * reason beside that account's role field.
     */
    @POST
    @Path("{username}/role")
    @Transactional
    public Response changeRole(@RestPath String username, @RestForm String role) {
        User user = User.findByName(username).orElseThrow(NotFoundException::new);
        if (role == null || !Role.NAMES.contains(role)) {
            return rerender(400, new RowError(username, Messages.text(MessageExtensions.current(),
                    "accounts.rule.role", String.join(", ", Role.NAMES))));
        }
        if (user.role.equals(Role.ADMIN) && !role.equals(Role.ADMIN) && User.countWithRole(Role.ADMIN) <= 1) {
            return rerender(409, new RowError(username, Messages.text(MessageExtensions.current(),
                    "accounts.rule.last-admin")));
        }
        user.role = role;
        return Response.seeOther(URI.create("/admin/users")).cookie(Flash.set("role-changed", username, role)).build();
    }

    private static Response rerender(int status, RowError error) {
        return Response.status(status).type(MediaType.TEXT_HTML)
                .entity(Templates.users(User.listByName(), Role.NAMES, error)).build();
    }
}
