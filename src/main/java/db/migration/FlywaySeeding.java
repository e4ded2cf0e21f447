package db.migration;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Hands Quarkus's Flyway its callbacks: PostgreSQL's type names before migrating ({@link PostgresqlTypeNames}),
 * the seed of a new database after the last migration, beside the rest of the start ({@link SeedInBackground}),
 * which the start then waits for. Before that, a new H2 file database is made a copy of the one the build
 * migrated and seeded ({@link NewDatabaseTemplate}; {@code ledger.new-database.from-template=false} migrates and
 * seeds it at the start instead).
 */
@Singleton
public class FlywaySeeding implements FlywayConfigurationCustomizer {

    private final SeedInBackground seed = new SeedInBackground();

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    Optional<String> jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @ConfigProperty(name = "ledger.new-database.from-template")
    boolean fromTemplate;

    /** Runs as Quarkus makes Flyway, before its first connection (the data source connects on first use). */
    @Override
    public void customize(FluentConfiguration configuration) {
        if (fromTemplate) {
            boolean withCredentials = username.filter(u -> !u.isEmpty()).isPresent()
                    || password.filter(p -> !p.isEmpty()).isPresent();
            jdbcUrl.ifPresent(url -> NewDatabaseTemplate.prepare(url, withCredentials));
        }
        configuration.callbacks(new PostgresqlTypeNames(), seed);
    }

    /**
     * Holds the start back until the seed is done, before every other start-up observer (priority 0; the app's
     * other observers run at 1000 and later) and so before the HTTP and management ports open.
     *
     * @throws org.flywaydb.core.api.FlywayException when the seed failed: the app does not start
     */
    void awaitSeed(@Observes @Priority(0) StartupEvent start) {
        seed.await();
    }
}
