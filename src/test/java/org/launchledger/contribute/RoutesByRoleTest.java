package org.launchledger.contribute;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may do what: each route for each kind of reader, with the status it must answer. */
@QuarkusTest
class RoutesByRoleTest {

    /** A signed-in reader of each role (accounts made once, shared by the rows), or an anonymous one. */
    private static synchronized Session reader(String role) {
        if (role.equals("anonymous")) {
            return Session.anonymous();
        }
        if (role.equals(Role.ADMIN)) {
            return Session.signedIn(AccountBootstrap.ADMIN, AccountsTest.ADMIN_PASSWORD);
        }
        String name = AccountsTest.newName("table-" + role);
        AccountsTest.signUp(name);
        if (!role.equals(Role.CONTRIBUTOR)) {
            Session admin = Session.signedIn(AccountBootstrap.ADMIN, AccountsTest.ADMIN_PASSWORD);
            admin.get("/admin/users");
            assertThat(admin.form("/admin/users/" + name + "/role", Map.of("role", role)).statusCode(), is(303));
        }
        return Session.signedIn(name, AccountsTest.PASSWORD);
    }

    @ParameterizedTest(name = "{0} {1} as {2} → {3}")
    @CsvSource({
            "GET,  /login,                  anonymous,   200",
            "GET,  /login,                  contributor, 200",
            "GET,  /signup,                 anonymous,   200",
            "GET,  /signup,                 editor,      200",
            "GET,  /admin/users,            anonymous,   302",
            "GET,  /admin/users,            contributor, 403",
            "GET,  /admin/users,            editor,      403",
            "GET,  /admin/users,            admin,       200",
            "POST, /admin/users/admin/role, anonymous,   302",
            "POST, /admin/users/admin/role, contributor, 403",
            "POST, /admin/users/admin/role, editor,      403",
            "POST, /admin/users/admin/role, admin,       303",
            "GET,  /review,                 anonymous,   302",
            "GET,  /review,                 contributor, 403",
            "GET,  /review,                 editor,      200",
            "GET,  /review,                 admin,       200",
            "GET,  /review/mine,            anonymous,   302",
            "GET,  /review/mine,            contributor, 200",
            "GET,  /review/mine,            editor,      200",
            "GET,  /,                       anonymous,   200",
            "GET,  /,                       editor,      200",
            "GET,  /missions/demo-2,        contributor, 200",
            "GET,  /api/missions/demo-2,    anonymous,   200",
            "GET,  /q/openapi,              anonymous,   200",
            // Health and metrics answer on the management port only (web/ManagementPortTest).
            "GET,  /q/health,               anonymous,   404",
            "GET,  /admin/import,           anonymous,   302",
            "GET,  /admin/import,           contributor, 403",
            "GET,  /admin/import,           editor,      200",
            "GET,  /admin/import,           admin,       200",
    })
    void answers(String method, String path, String role, int status) {
        Session session = reader(role);
        Response response = method.equals("GET") ? session.get(path)
                // Promoting the admin to admin changes nothing, so the row can run in any order.
                : session.form(path, Map.of("role", Role.ADMIN));
        assertThat(response.statusCode(), is(status));
    }
}
