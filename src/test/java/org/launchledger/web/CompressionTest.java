package org.launchledger.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;
import com.aayushatharva.brotli4j.decoder.DirectDecompress;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Brotli for readers who take it, gzip for the others, each body decoding to the same bytes as sent plain. */
@QuarkusTest
class CompressionTest {

    /** A request whose answer's body is read as it came, not decoded by REST Assured. */
    private static RequestSpecification raw(String acceptEncoding) {
        return given().config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", acceptEncoding);
    }

    @Test
    void aStyleSheetGoesInBrotliWhenTheReaderTakesIt() {
        Response answer = raw("br").when().get(Assets.url("/style.css"));
        answer.then().statusCode(200).header("Content-Encoding", equalTo("br"));
        assertArrayEquals(AssetLinksTest.bytes("/style.css"), brotli(answer.asByteArray()));
    }

    @Test
    void browsersOfferingEveryCodingGetBrotliForAStaticFile() {
        Response answer = raw("gzip, deflate, br").when().get("/present.js");
        answer.then().statusCode(200).header("Content-Encoding", equalTo("br"));
        assertArrayEquals(AssetLinksTest.bytes("/present.js"), brotli(answer.asByteArray()));
    }

    @Test
    void aPageNotKeptByThePageCacheGoesInBrotli() {
        // The sign-in page hands out a CSRF token, so PageCache never keeps it.
        String plain = raw("identity").when().get("/login").then().statusCode(200)
                .header("Content-Encoding", nullValue()).extract().asString();
        Response answer = raw("br").when().get("/login");
        answer.then().statusCode(200).header("Content-Encoding", equalTo("br"));
        String decoded = new String(brotli(answer.asByteArray()), StandardCharsets.UTF_8);
        assertTrue(decoded.startsWith("<!DOCTYPE html>"), decoded);
        // The CSRF token differs from one answer to the next; the page around it does not.
        assertEquals(withoutToken(plain), withoutToken(decoded));
    }

    @Test
    void aPageDrawnForTheCacheGoesInBrotliAndItsKeptCopyStaysReadable() {
        String plain = raw("identity").header("Cache-Control", "no-cache").when().get("/stats?brotli-test=1").then()
                .statusCode(200).header("Content-Encoding", nullValue()).extract().asString();
        // The first answer is drawn (and kept): Vert.x compresses it with brotli.
        Response drawn = raw("br").when().get("/stats?brotli-test=1");
        drawn.then().statusCode(200).header("Content-Encoding", equalTo("br"));
        assertEquals(plain, new String(brotli(drawn.asByteArray()), StandardCharsets.UTF_8));
        // The kept copy: PageCache keeps a page plain and gzipped only, so a reader who takes no gzip
        // gets it plain (Content-Encoding identity keeps Vert.x from compressing it), never broken.
        Response kept = raw("br").when().get("/stats?brotli-test=1");
        kept.then().statusCode(200).header("ETag", equalTo(drawn.header("ETag")));
        byte[] body = "br".equals(kept.header("Content-Encoding")) ? brotli(kept.asByteArray()) : kept.asByteArray();
        assertEquals(plain, new String(body, StandardCharsets.UTF_8));
    }

    @Test
    void gzipStaysForReadersWithoutBrotliAndForKeptPages() {
        Response sheet = raw("gzip").when().get("/style.css");
        sheet.then().statusCode(200).header("Content-Encoding", equalTo("gzip"));
        assertArrayEquals(AssetLinksTest.bytes("/style.css"), gunzip(sheet.asByteArray()));

        String plain = raw("identity").when().get("/vehicles").then().statusCode(200)
                .extract().asString();
        // PageCache keeps its pages gzipped: a reader who takes both gets those bytes, compressed once.
        Response page = raw("gzip, deflate, br").when().get("/vehicles");
        page.then().statusCode(200).header("Content-Encoding", equalTo("gzip"));
        assertEquals(plain, new String(gunzip(page.asByteArray()), StandardCharsets.UTF_8));
    }

    private static String withoutToken(String html) {
        return html.replaceAll("value=\"[A-Za-z0-9_-]{20,}\"", "value=\"token\"");
    }

    private static byte[] brotli(byte[] compressed) {
        Brotli4jLoader.ensureAvailability();
        try {
            DirectDecompress result = DirectDecompress.decompress(compressed);
            assertEquals(DecoderJNI.Status.DONE, result.getResultStatus(), "not a whole brotli stream");
            return result.getDecompressedData();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gunzip(byte[] compressed) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
