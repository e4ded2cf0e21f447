package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A database seeded before the change history existed: its rows as they stand become the history's
 * first revision. A new, empty database gets it after the seed instead ({@link SeedEmptyDatabase}).
 */
public class V8_1__AuditBaseline extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        AuditBaseline.writeIfMissing(context.getConnection());
    }
}
