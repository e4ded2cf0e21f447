package org.launchledger.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page type's HTML passes html-validate (src/test/js/.htmlvalidate.json). The pages are
 * saved under target/html-validate/ and checked in one Node.js run.
 */
@QuarkusTest
public class HtmlValidateTest {

    static final Path PAGES = Paths.get("target", "html-validate");
    static final Path VALIDATE = Paths.get("src", "test", "js", "validate.mjs");

    /** Errors per saved file, filled once for all page types. */
    private static Map<Path, List<String>> errorsByFile;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.launchledger.web.PageType#all")
    void pageHasNoHtmlValidateErrors(PageType page) throws Exception {
        List<String> errors = pageErrors().get(file(page));
        assertTrue(errors.isEmpty(), page + ": " + errors.size() + " html-validate errors\n  "
                + String.join("\n  ", errors));
    }

    @Test
    void theCheckerFindsRepeatedLandmarksButAcceptsACheckboxGroup() throws Exception {
        Path file = save("checker-self-test", """
                <!DOCTYPE html>
                <html lang="en"><head><title>Self-test</title></head><body><main>
                <div role="region" aria-label="Table">a</div><div role="region" aria-label="Table">b</div>
                <form action="/x"><fieldset><legend>Vehicle</legend>
                <label><input type="checkbox" name="vehicle" value="a"> A</label>
                <label><input type="checkbox" name="vehicle" value="b"> B</label>
                </fieldset><button type="submit">Go</button></form>
                </main></body></html>
                """);
        String rules = validate(List.of(file)).get(file).toString();
        assertTrue(rules.contains("unique-landmark"), rules);
        assertTrue(rules.contains("prefer-native-element"), rules);
        assertFalse(rules.contains("form-dup-name"), "a checkbox group may share one name: " + rules);
    }

    private static synchronized Map<Path, List<String>> pageErrors() throws Exception {
        if (errorsByFile == null) {
            requireHtmlValidate();
            List<Path> files = new ArrayList<>();
            for (PageType page : PageType.ALL) {
                String html = given().accept("text/html").when().get(page.path()).then()
                        .statusCode(page.status()).contentType("text/html").extract().asString();
                files.add(save(page.name(), html));
            }
            errorsByFile = validate(files);
        }
        return errorsByFile;
    }

    /**
     * The html-validate errors of one page fetched otherwise (signed in, after a post), saved as
     * {@code name}; for tests of pages {@link PageType} cannot reach anonymously.
     */
    public static List<String> errorsIn(String name, String html) throws Exception {
        Path file = save(name, html);
        return validate(List.of(file)).get(file);
    }

    private static Path file(PageType page) {
        return PAGES.resolve(page.name() + ".html").toAbsolutePath();
    }

    private static Path save(String name, String html) throws IOException {
        Files.createDirectories(PAGES);
        Path file = PAGES.resolve(name + ".html").toAbsolutePath();
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }

    private static void requireHtmlValidate() {
        Prerequisites.require(Files.isDirectory(Prerequisites.NODE_PACKAGES.resolve("html-validate")),
                "html-validate not installed in " + Prerequisites.NODE_PACKAGES + " (npm ci --prefix src/test/js)");
    }

    /** Runs html-validate on the files: each file's errors as "line:column rule: message (selector)". */
    private static Map<Path, List<String>> validate(List<Path> files) throws Exception {
        requireHtmlValidate();
        List<String> command = new ArrayList<>(List.of("node", VALIDATE.toString()));
        files.forEach(f -> command.add(f.toString()));
        Process node;
        try {
            node = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            Prerequisites.require(false, "Node.js not found (apt-get install nodejs npm)");
            throw e;
        }
        String report = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(2, TimeUnit.MINUTES), "html-validate finished within 2 minutes");
        assertEquals(0, node.exitValue(), "html-validate ran (its error output is above)");
        Map<Path, List<String>> errors = new HashMap<>();
        for (JsonNode result : new ObjectMapper().readTree(report)) {
            errors.put(Paths.get(result.get("file").asText()), StreamSupport.stream(result.get("messages").spliterator(), false)
                    .filter(m -> m.get("severity").asInt() == 2)
                    .map(m -> m.get("line").asInt() + ":" + m.get("column").asInt() + " " + m.get("ruleId").asText()
                            + ": " + m.get("message").asText() + " (" + m.path("selector").asText() + ")")
                    .collect(Collectors.toList()));
        }
        assertEquals(files.size(), errors.size(), "html-validate reported on every file");
        return errors;
    }
}
