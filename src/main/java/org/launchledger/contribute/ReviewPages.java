package org.launchledger.contribute;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.launchledger.web.InvalidInputException;
import org.launchledger.web.Language;
import org.launchledger.web.MessageExtensions;
import org.launchledger.web.Messages;

/**
 * The review queue as pages: editors and admins see every waiting change with a before/after view
 * of its fields and approve or reject it (post/redirect/get, decided by {@link Review}, as the JSON
 * API does); every signed-in account follows its own proposals at {@code /review/mine}.
 */
@Path("/review")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.EDITOR, Role.ADMIN})
public class ReviewPages {

    @CheckedTemplate(basePath = "review")
    static class Templates {
        static native TemplateInstance queue(List<ChangeView> changes, boolean failed);

        static native TemplateInstance mine(List<ChangeView> changes);
    }

    @Inject
    Review review;
    @Inject
    ObjectMapper json;
    @Inject
    SecurityIdentity identity;

    /** The changes waiting, oldest first (the layout shows the one-time message after a decision). */
    @GET
    public TemplateInstance queue() {
        return Templates.queue(views(null), false);
    }

    /** The signed-in account's own proposals, newest first, with their decisions. */
    @GET
    @Path("mine")
    @Authenticated
    public TemplateInstance mine() {
        Language language = MessageExtensions.current();
        return Templates.mine(PendingChange.byAuthor(identity.getPrincipal().getName()).stream()
                .map(c -> ChangeView.summary(c, language)).toList());
    }

    /**
     * Applies change {@code id}, then back to the queue with a one-time message; a record changed
     * since the proposal marks the change a conflict and says so. A proposal that breaks rules by
     * now (422) re-renders the queue with them beside the change, which stays pending. An unknown
     * change is a 404, one decided already a 409.
     */
    @POST
    @Path("{id}/approve")
    public Response approve(@RestPath String id) {
        try {
            PendingChange change = review.approve(id, identity.getPrincipal().getName());
            return decided("review-approved", change.id);
        } catch (Review.Conflicted conflict) {
            return decided("review-conflict", Long.valueOf(id));
        } catch (InvalidInputException broken) {
            Language language = MessageExtensions.current();
            return rerender(new ChangeView.Failure(Long.parseLong(id),
                    broken.violations.stream().map(v -> v.message(language)).toList(), null, null));
        }
    }

    /**
     * Rejects change {@code id} with the reviewer's comment, then back to the queue with a one-time
     * message. A missing or too long comment (422) re-renders the queue with the message beside
     * the comment field and the comment kept; nothing is decided.
     */
    @POST
    @Path("{id}/reject")
    public Response reject(@RestPath String id, @RestForm String comment) {
        try {
            PendingChange change = review.reject(id, identity.getPrincipal().getName(), comment);
            return decided("review-rejected", change.id);
        } catch (InvalidInputException broken) {
            Language language = MessageExtensions.current();
            InvalidInputException.Violation violation = broken.violations.get(0);
            String error = Messages.text(language, "review.reject.error",
                    Messages.text(language, "contribute.rule." + violation.rule(), violation.arguments()));
            return rerender(new ChangeView.Failure(Long.parseLong(id), List.of(), comment, error));
        }
    }

    private List<ChangeView> views(ChangeView.Failure failure) {
        Language language = MessageExtensions.current();
        return PendingChange.waiting().stream()
                .map(c -> ChangeView.detailed(c, review, json, failure, language)).toList();
    }

    private static Response decided(String flash, long id) {
        return Response.seeOther(URI.create("/review")).cookie(Flash.set(flash, String.valueOf(id))).build();
    }

    private Response rerender(ChangeView.Failure failure) {
        return Response.status(422).type(MediaType.TEXT_HTML).entity(Templates.queue(views(failure), true))
                .build();
    }
}
