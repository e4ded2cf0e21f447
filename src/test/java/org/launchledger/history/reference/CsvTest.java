package org.launchledger.history.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference files' reader: quoted commas stay in their field, an unquoted one is refused. */
class CsvTest {

    @TempDir
    Path dir;

    @Test
    void aQuotedCommaStaysInItsField() throws IOException {
        Path file = Files.writeString(dir.resolve("ok.csv"), "from,reason,sources\r\n"
                + "2005-07-27,\"launched on 26 July 2005, 14:39 UTC\",https://example.org/a\n");
        assertEquals(List.of(Map.of("from", "2005-07-27", "reason", "launched on 26 July 2005, 14:39 UTC",
                "sources", "https://example.org/a")), Csv.read(file));
    }

    @Test
    void anUnquotedCommaIsRefusedRatherThanShiftingTheFields() throws IOException {
        Path file = Files.writeString(dir.resolve("shifted.csv"), "from,reason,sources\n"
                + "2005-07-27,launched on 26 July 2005, 14:39 UTC,https://example.org/a\n");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Csv.read(file));
        assertTrue(refused.getMessage().contains("a row of 4 fields under a header of 3"), refused.getMessage());
    }
}
