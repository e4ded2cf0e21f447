package org.launchledger.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * /q/openapi describes the JSON API and nothing else, and every operation is documented well
 * enough for a client generator and a reader: a unique operationId, a tag, and words.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private JsonNode document;

    @BeforeEach
    void load() throws Exception {
        String json = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        document = new ObjectMapper().readTree(json);
    }

    /** Every operation of the document, as "METHOD path" and its node. */
    private List<Map.Entry<String, JsonNode>> operations() {
        List<Map.Entry<String, JsonNode>> all = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (METHODS.contains(op.getKey())) {
                    all.add(Map.entry(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue()));
                }
            }
        }
        return all;
    }

    @Test
    void onlyTheJsonApiIsDescribed() {
        List<String> others = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(path -> {
            if (!path.startsWith("/api/")) {
                others.add(path);
            }
        });
        assertEquals(List.of(), others, "paths outside /api/");
        assertTrue(document.path("paths").has("/api/missions"), "the API itself is there");
        assertTrue(document.path("paths").has("/api/access"), "the API itself is there");
    }

    @Test
    void everyOperationHasAUniqueIdATagAndWords() {
        List<Map.Entry<String, JsonNode>> operations = operations();
        assertTrue(operations.size() > 10, "operations found: " + operations.size());
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> op : operations) {
            String id = op.getValue().path("operationId").asText("");
            if (id.isBlank()) {
                problems.add(op.getKey() + ": no operationId");
            } else if (!ids.add(id)) {
                problems.add(op.getKey() + ": operationId " + id + " used twice");
            }
            if (op.getValue().path("tags").isEmpty()) {
                problems.add(op.getKey() + ": no tag");
            }
            if (op.getValue().path("description").asText("").isBlank()) {
                problems.add(op.getKey() + ": no description");
            }
            if (op.getValue().path("summary").asText("").isBlank()) {
                problems.add(op.getKey() + ": no summary");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyTagUsedIsDeclaredWithADescription() {
        Set<String> declared = new HashSet<>();
        List<String> bare = new ArrayList<>();
        document.path("tags").forEach(tag -> {
            declared.add(tag.path("name").asText());
            if (tag.path("description").asText("").isBlank()) {
                bare.add(tag.path("name").asText());
            }
        });
        assertEquals(List.of(), bare, "tags without a description");
        for (Map.Entry<String, JsonNode> op : operations()) {
            op.getValue().path("tags").forEach(tag -> assertTrue(declared.contains(tag.asText()),
                    op.getKey() + ": tag " + tag.asText() + " is not declared"));
        }
        assertFalse(declared.isEmpty());
    }
}
