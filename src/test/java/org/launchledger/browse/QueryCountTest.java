package org.launchledger.browse;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.launchledger.history.SearchIndex;
import org.launchledger.timeline.AccessService;

/**
 * No N+1: a page costs a small, fixed number of SQL statements, the same for a short list as for a
 * long one, for a late page as for the first, and for a person with one flight as for one with five.
 * Lists read a page in two steps (the page's ids from an index, then those rows), and a text search
 * first looks up the few vehicles and airframes called so: fixed statements that keep the rows read
 * to the page's, however many missions there are.
 */
@QuarkusTest
class QueryCountTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    AccessService access;

    /**
     * The ledger behind the timeline strips and the search index are kept per data version; the ledger's
     * own cost is measured in api.QueryCountTest.
     */
    @BeforeEach
    void warmTheLedgerAndTheSearchIndex() {
        access.ledger();
        SearchIndex.current();
    }

    @ParameterizedTest(name = "{0} and {1}: at most {2} statements, and as many")
    @CsvSource({
            "/missions?size=5, /missions?size=500, 5",
            "/missions?size=5&sort=crew, /missions?size=500&sort=duration, 5",
            "/missions/soyuz-ms-10, /missions/soyuz-tma-16m, 9",
            "/missions?size=5, /missions?size=5&page=25, 5",
            "/missions?q=soyuz&size=5, /missions?q=soyuz&size=500&page=0, 7",
            "/people?size=5, /people?size=500, 7",
            "/people?size=5, /people?size=5&page=20, 7",
            // One more when a name on the page was found by another name: the page's alternative names, one statement.
            "/people?q=an&size=5, /people?q=an&size=500, 8",
            "/people/doug-hurley, /people/peggy-whitson, 3",
            "/vehicles/starliner, /vehicles/soyuz, 10",
            "/spacecraft/starliner-calypso, /spacecraft/space-shuttle-discovery, 5",
            "/expeditions/1, /expeditions/64, 6",
            "/search?q=ms-10, /search?q=soyuz, 9",
            "/search?q=expedition%201, /search?q=expeditions, 11",
            "/api/expeditions/1, /api/expeditions/64, 8",
    })
    void shortAndLongCostTheSame(String small, String large, int bound) {
        long few = statementsFor(small);
        long many = statementsFor(large);
        assertThat(small + " costs", few, lessThanOrEqualTo((long) bound));
        assertThat(large + " costs as much as " + small, many, is(few));
    }

    @ParameterizedTest(name = "{0}: at most {1} statements")
    @CsvSource({
            "/missions?vehicle=soyuz&vehicle=crew-dragon&size=500, 6",
            "/vehicles, 5",
            "/stats, 6",
            "/api/search?q=soyuz, 14",
            "/api/stats, 6",
    })
    void pageCostsAtMost(String path, int bound) {
        assertThat(path + " costs", statementsFor(path), lessThanOrEqualTo((long) bound));
    }

    private long statementsFor(String path) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        // Past web/PageCache (which would answer a page drawn before): what drawing it costs.
        given().header("Cache-Control", "no-cache").when().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }
}
