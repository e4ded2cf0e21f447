package org.launchledger.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.netty.util.AsciiString;
import io.vertx.core.MultiMap;
import io.vertx.core.http.impl.headers.HeadersMultiMap;
import org.junit.jupiter.api.Test;

/**
 * Headers a kept page and every answer carry are made once as ASCII byte strings, which Vert.x copies in one piece;
 * what is not ASCII stays text, as it was, and the answer's headers read as before.
 */
class OptimizedHeadersTest {

    @Test
    void asciiTextBecomesAnAsciiStringAndOtherTextStaysAsItIs() {
        CharSequence etag = PageCache.optimized("W/\"1-29938058-en-9f390473\"");
        assertInstanceOf(AsciiString.class, etag);
        assertEquals("W/\"1-29938058-en-9f390473\"", etag.toString());

        String download = "attachment; filename=\"misiuni-ă.csv\"";
        assertSame(download, PageCache.optimized(download), "non-ASCII text is never cut to bytes");
    }

    @Test
    void theSecurityHeadersReadAsTextWhateverTheirForm() {
        MultiMap headers = HeadersMultiMap.httpHeaders();
        headers.set("x-frame-options", "SAMEORIGIN");
        SecurityHeaders.set(headers, false, false, null);

        assertEquals(SecurityHeaders.policy(false, null), headers.get("Content-Security-Policy"));
        assertEquals("DENY", headers.get("X-Frame-Options"), "replaces a header of the same name in any case");
        assertEquals(1, headers.getAll("x-frame-options").size());
        assertEquals("nosniff", headers.get("x-content-type-options"));
        assertEquals(SecurityHeaders.PERMISSIONS, headers.get("Permissions-Policy"));

        SecurityHeaders.set(headers, true, false, null);
        assertEquals(SecurityHeaders.policy(true, null), headers.get("Content-Security-Policy"));
        assertEquals(null, headers.get("X-Frame-Options"), "an embed may be framed");
    }
}
