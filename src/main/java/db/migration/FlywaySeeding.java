package db.migration;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Hands Quarkus's Flyway the callback that seeds a new database after the last migration. */
@Singleton
public class FlywaySeeding implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.callbacks(new SeedEmptyDatabase());
    }
}
