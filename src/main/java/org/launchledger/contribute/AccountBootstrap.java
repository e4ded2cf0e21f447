package org.launchledger.contribute;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * At every start: creates the account {@value #ADMIN} (role admin) from {@code LEDGER_ADMIN_PASSWORD}
 * when no such account exists yet, and says in one log line what to do when it cannot; in dev mode,
 * also the demo accounts the README lists. Idempotent: an existing account is never changed, so a
 * password changed later is not reset by a restart.
 */
@ApplicationScoped
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class);

    /** The name of the first administrator. */
    public static final String ADMIN = "admin";

    /** Dev mode's demo accounts: name and role; each one's password is its name + {@value #DEMO_SUFFIX}. */
    static final String[][] DEMO = {{"demo-contributor", Role.CONTRIBUTOR}, {"demo-editor", Role.EDITOR}};
    static final String DEMO_SUFFIX = "-password";

    @ConfigProperty(name = "ledger.admin.password")
    Optional<String> adminPassword;

    @ConfigProperty(name = "ledger.demo-users", defaultValue = "false")
    boolean demoUsers;

    @ConfigProperty(name = "quarkus.http.auth.session.encryption-key")
    Optional<String> sessionKey;

    final Clock clock;

    AccountBootstrap(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    void onStart(@Observes StartupEvent start) {
        createAdmin();
        if (demoUsers) {
            for (String[] demo : DEMO) {
                if (!User.nameTaken(demo[0])) {
                    User.create(demo[0], demo[0] + DEMO_SUFFIX, demo[1], clock.instant()).persist();
                    LOG.infof("Demo account '%s' (%s) created, password '%s%s'", demo[0], demo[1], demo[0], DEMO_SUFFIX);
                }
            }
        }
        if (sessionKey.isEmpty()) {
            LOG.warn("LEDGER_SESSION_KEY is not set: sign-ins end whenever the app restarts. Set it to a random "
                    + "string of at least 16 characters (e.g. `openssl rand -base64 32`).");
        }
    }

    /** Creates the admin account if it is missing and a password is configured; never changes it. */
    void createAdmin() {
        if (User.nameTaken(ADMIN)) {
            return;
        }
        if (adminPassword.isEmpty()) {
            LOG.warn("No admin account: set LEDGER_ADMIN_PASSWORD (at least " + SignupForm.MIN_PASSWORD
                    + " characters) and restart to create the account 'admin'.");
            return;
        }
        if (adminPassword.get().length() < SignupForm.MIN_PASSWORD) {
            LOG.error("No admin account: LEDGER_ADMIN_PASSWORD is shorter than " + SignupForm.MIN_PASSWORD
                    + " characters; set a longer one and restart.");
            return;
        }
        User.create(ADMIN, adminPassword.get(), Role.ADMIN, clock.instant()).persist();
        LOG.info("Account 'admin' created from LEDGER_ADMIN_PASSWORD.");
    }
}
