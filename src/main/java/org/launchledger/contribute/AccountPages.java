package org.launchledger.contribute;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.launchledger.web.Language;
import org.launchledger.web.MessageExtensions;
import org.launchledger.web.Messages;
import org.launchledger.web.NulCharacter;

/**
 * Signing in, signing up and signing out. The login form posts to Quarkus's form authentication
 * ({@code /j_security_check}), which redirects here with {@code ?error=true} when the name or
 * password is wrong; sign-up and sign-out are forms with a CSRF token, answered with a redirect.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    /** Where a failed sign-in lands (quarkus.http.auth.form.error-page). */
    static final String LOGIN_ERROR = "/login?error";

    @CheckedTemplate(basePath = "contribute")
    static class Templates {
        static native TemplateInstance login(boolean failed);

        static native TemplateInstance signup(String name, FieldErrors errors);
    }

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String sessionCookie;

    /** The sign-in form; after a failed attempt, with the reason above it. */
    @GET
    @Path("login")
    public TemplateInstance login(@RestQuery String error) {
        return Templates.login(error != null);
    }

    /** The sign-up form, empty. */
    @GET
    @Path("signup")
    public TemplateInstance signupForm() {
        return Templates.signup("", FieldErrors.NONE);
    }

    /**
     * Creates a contributor and redirects to the sign-in form with a one-time message; broken
     * rules or a taken name re-render the form with the name kept and each message beside its field.
     */
    @POST
    @Path("signup")
    @Transactional
    public Response signup(@RestForm String name, @RestForm String password) {
        SignupForm form = new SignupForm(name == null ? null : name.strip(), password);
        Language language = language();
        FieldErrors errors = FieldErrors.of(validator.validate(form), "accounts.signup.", language);
        if (NulCharacter.in(form.password()) && !errors.has("password")) {
            errors = errors.with("password", Messages.text(language, "accounts.rule." + NulCharacter.RULE,
                    Messages.text(language, "accounts.signup.password")));
        }
        if (errors.isEmpty() && User.nameTaken(form.name())) {
            errors = FieldErrors.one("name", Messages.text(language, "accounts.rule.name-taken", form.name()));
            return rerender(409, form, errors);
        }
        if (!errors.isEmpty()) {
            return rerender(400, form, errors);
        }
        User.create(form.name(), form.password(), Role.CONTRIBUTOR, clock.instant()).persist();
        return Response.seeOther(URI.create("/login")).cookie(Flash.set("signed-up", form.name())).build();
    }

    /** Ends the session: its cookie is removed, and the reader goes back to the home page. */
    @POST
    @Path("logout")
    public Response logout() {
        NewCookie expired = new NewCookie.Builder(sessionCookie).value("").path("/").maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create("/")).cookie(expired).build();
    }

    private static Response rerender(int status, SignupForm form, FieldErrors errors) {
        return Response.status(status).entity(Templates.signup(form.name() == null ? "" : form.name(), errors))
                .type(MediaType.TEXT_HTML).build();
    }

    private static Language language() {
        return MessageExtensions.current();
    }
}
