package db.migration;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Hands Quarkus's Flyway its callbacks: PostgreSQL's type names before migrating ({@link PostgresqlTypeNames}),
 * the seed of a new database after the last migration ({@link SeedEmptyDatabase}).
 */
@Singleton
public class FlywaySeeding implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.callbacks(new PostgresqlTypeNames(), new SeedEmptyDatabase());
    }
}
