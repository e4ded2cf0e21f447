package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loaded import.sql into new databases until schema version 2. It stays, empty, because databases
 * deployed before then have it in their history; new databases are now seeded after the last
 * migration by {@link SeedEmptyDatabase}, so import.sql can follow the latest schema.
 */
public class V1_1__Seed extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        // Intentionally empty: see the class comment.
    }
}
