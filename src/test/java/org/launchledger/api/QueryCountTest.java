package org.launchledger.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.launchledger.history.DataVersion;

/** A page of the API costs a small, fixed number of statements, whatever its size: no N+1. */
@QuarkusTest
class QueryCountTest {

    @Inject
    SessionFactory sessionFactory;

    private long statementsFor(String path) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        // Past web/PageCache (which would answer a page drawn before): what drawing it costs.
        given().header("Cache-Control", "no-cache").when().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    @Test
    void aMissionPageCostsTheSameWhateverItsSize() {
        long small = statementsFor("/api/missions?size=2");
        long all = statementsFor("/api/missions?size=500");
        assertEquals(small, all, "statements for 2 vs 129 missions");
        assertTrue(all <= 8, "a page of missions took " + all + " statements");
    }

    @Test
    void theAccessAnalysisReadsTheHistoryInAFewStatementsThenKeepsIt() {
        QuarkusTransaction.requiringNew().run(DataVersion::increment);
        long cold = statementsFor("/api/access");
        assertTrue(cold > 0 && cold <= 8, "/api/access took " + cold + " statements");
        // The data version is read over plain JDBC (DataVersion.committed), which Hibernate does not count.
        assertEquals(0, statementsFor("/api/access"), "the second request reads the data version, then the cached ledger");
    }

    @Test
    void aPersonCostsAFewStatements() {
        long statements = statementsFor("/api/people/peggy-whitson");
        assertTrue(statements <= 5, "/api/people/peggy-whitson took " + statements + " statements");
    }
}
