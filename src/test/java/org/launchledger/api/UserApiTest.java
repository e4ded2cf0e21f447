package org.launchledger.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.launchledger.contribute.RevisionAuthor;
import org.launchledger.contribute.Role;
import org.launchledger.contribute.User;

/** POST /api/users: admins create accounts under the sign-up rules; nobody else can. */
@QuarkusTest
class UserApiTest {

    private static final String ADMIN_PASSWORD = "test-admin-password";
    private static final String EDITOR = "users-api-editor";
    private static final String PASSWORD = "users-api-password";

    @BeforeEach
    void anEditor() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (User.count("username", EDITOR) == 0) {
                User.create(EDITOR, PASSWORD, Role.EDITOR, Instant.now()).persist();
            }
        });
    }

    @AfterEach
    void removeTheAccountsMade() {
        QuarkusTransaction.requiringNew().run(() -> User.delete("username like ?1", "users-api-%"));
    }

    private static String body(String username, String password, String role) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"role\":\"" + role + "\"}";
    }

    @Test
    void anAdminCreatesAnAccountThatCanSignIn() {
        given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType("application/json")
                .body(body("users-api-new", "a-long-enough-password", "editor"))
                .when().post("/api/users").then()
                .statusCode(201)
                .body("username", equalTo("users-api-new"))
                .body("role", equalTo("editor"));
        given().auth().preemptive().basic("users-api-new", "a-long-enough-password").contentType("application/json")
                .body(body("users-api-other", "a-long-enough-password", "contributor"))
                .when().post("/api/users").then()
                .statusCode(403);
    }

    @Test
    void nobodyButAnAdminMayCreateOne() {
        given().contentType("application/json").body(body("users-api-x", "a-long-enough-password", "admin"))
                .when().post("/api/users").then().statusCode(401);
        given().auth().preemptive().basic(EDITOR, PASSWORD).contentType("application/json")
                .body(body("users-api-x", "a-long-enough-password", "admin"))
                .when().post("/api/users").then().statusCode(403);
    }

    @Test
    void everyBrokenRuleIsNamedAndNothingIsStored() {
        given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType("application/json")
                .body(body("X", "short", "captain"))
                .when().post("/api/users").then()
                .statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("errors", hasSize(3))
                .body("errors.field", containsInAnyOrder("username", "password", "role"));
        given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType("application/json")
                .header("Accept-Language", "ro").body(body("users-api-y", "short", "editor"))
                .when().post("/api/users").then()
                .statusCode(422)
                .body("errors[0].message", containsString("trebuie să aibă între 12 și 72 de caractere"));
        given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType("application/json")
                .body(body(EDITOR, "a-long-enough-password", "editor"))
                .when().post("/api/users").then()
                .statusCode(409);
        given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType("application/json")
                .body(body(RevisionAuthor.SYSTEM, "a-long-enough-password", "editor"))
                .when().post("/api/users").then()
                .statusCode(409);
    }
}
