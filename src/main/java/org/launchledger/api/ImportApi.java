package org.launchledger.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.launchledger.contribute.CsvImport;

/**
 * The export's tables imported back, for editors and admins: {@code POST /api/import/people.csv},
 * {@code missions.csv} and {@code crew.csv} with a {@code text/csv} body in the export's columns
 * (UTF-8 unless the media type names another charset). Each request is one transaction: every row is applied or none. People and missions
 * first, then crew, since seats name both.
 */
@Path("/api/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "import", description = "The export's CSV tables written back by editors, all or nothing")
public class ImportApi {

    /** The media type of an import's body. */
    static final String CSV = "text/csv";

    @Inject
    SecurityIdentity identity;
    @Inject
    CsvImport importer;

    @POST
    @Path("{file}")
    @Consumes(CSV)
    @Transactional
    @Operation(operationId = "importTable", summary = "Import people.csv, missions.csv or crew.csv",
            description = "Editors and admins (anonymous 401, contributors 403). An upsert keyed by slug (crew: by"
                    + " designation and person_slug); rows equal to the record are left alone. 200 with {created,"
                    + " updated, unchanged}. Any broken rule: 422 with errors [{field (the column), row (1 is the"
                    + " header), message}] and nothing stored. Not text/csv: 415; over 5 MB: 413.")
    public CsvImport.Report importTable(@RestPath String file, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
                                        byte[] body) {
        Writer.reviewer(identity);
        CsvImport.Table table = CsvImport.Table.ofFile(file).orElseThrow(NotFoundException::new);
        if (body != null && body.length > CsvImport.MAX_BYTES) {
            throw new WebApplicationException(413);
        }
        return importer.apply(table, body == null ? "" : new String(body, charset(type)));
    }

    /** The body's charset as its media type names it; UTF-8 when it names none; 415 for one Java lacks. */
    private static Charset charset(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new NotSupportedException();
        }
    }
}
