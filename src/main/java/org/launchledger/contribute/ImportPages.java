package org.launchledger.contribute;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.launchledger.web.InvalidInputException;
import org.launchledger.web.Language;
import org.launchledger.web.MessageExtensions;
import org.launchledger.web.Messages;

/**
 * The CSV import for editors and admins: a form with a file per table (people, missions, crew,
 * each optional), applied in that order in one transaction, all or nothing. Success goes back to
 * the form with a one-time count; any broken rule re-renders it listing every one, nothing stored.
 */
@Path("/admin/import")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.EDITOR, Role.ADMIN})
public class ImportPages {

    /** Why an import was refused: the file it stopped at (null when none was chosen) and each reason. */
    public record Refusal(String file, List<String> messages) {
    }

    /** One file input: the form field's name and the export's file name for that table. */
    public record FileField(String name, String file) {
    }

    @CheckedTemplate(basePath = "contribute")
    static class Templates {
        static native TemplateInstance importing(List<FileField> fields, int maxMegabytes, Refusal refusal);
    }

    /** The largest file, in whole megabytes, as the form says it. */
    private static final int MAX_MEGABYTES = CsvImport.MAX_BYTES / (1024 * 1024);

    @Inject
    CsvImport importer;

    /** The form (the layout shows the one-time count after an import). */
    @GET
    public TemplateInstance form() {
        return Templates.importing(files(), MAX_MEGABYTES, null);
    }

    /**
     * Imports the files chosen, then back to the form with what changed (303). No file: 422; a file
     * over {@link CsvImport#MAX_BYTES}: 413; any broken rule: 422 listing each by row and column.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("people") FileUpload people, @RestForm("missions") FileUpload missions,
                           @RestForm("crew") FileUpload crew) {
        Language language = MessageExtensions.current();
        Map<CsvImport.Table, FileUpload> chosen = new LinkedHashMap<>();
        put(chosen, CsvImport.Table.PEOPLE, people);
        put(chosen, CsvImport.Table.MISSIONS, missions);
        put(chosen, CsvImport.Table.CREW, crew);
        if (chosen.isEmpty()) {
            return refuse(422, new Refusal(null, List.of(Messages.text(language, "import.page.none"))));
        }
        for (Map.Entry<CsvImport.Table, FileUpload> file : chosen.entrySet()) {
            if (file.getValue().size() > CsvImport.MAX_BYTES) {
                return refuse(413, new Refusal(file.getKey().file,
                        List.of(Messages.text(language, "import.page.too-large", MAX_MEGABYTES))));
            }
        }
        // Which file the import stopped at, to say so beside its errors.
        CsvImport.Table[] current = new CsvImport.Table[1];
        List<CsvImport.Report> reports = new ArrayList<>();
        try {
            QuarkusTransaction.requiringNew().run(() -> chosen.forEach((table, file) -> {
                current[0] = table;
                reports.add(importer.apply(table, read(file)));
            }));
        } catch (InvalidInputException e) {
            return refuse(422, new Refusal(current[0].file, e.violations.stream().map(v -> v.message(language)).toList()));
        }
        int created = reports.stream().mapToInt(CsvImport.Report::created).sum();
        int updated = reports.stream().mapToInt(CsvImport.Report::updated).sum();
        int unchanged = reports.stream().mapToInt(CsvImport.Report::unchanged).sum();
        return Response.seeOther(URI.create("/admin/import")).cookie(Flash.set("imported",
                String.valueOf(created), String.valueOf(updated), String.valueOf(unchanged))).build();
    }

    /** A file input left empty sends a part without a name or content: no file. */
    private static void put(Map<CsvImport.Table, FileUpload> chosen, CsvImport.Table table, FileUpload file) {
        if (file != null && (file.size() > 0 || file.fileName() != null && !file.fileName().isBlank())) {
            chosen.put(table, file);
        }
    }

    private static String read(FileUpload file) {
        try {
            return new String(Files.readAllBytes(file.uploadedFile()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<FileField> files() {
        return Arrays.stream(CsvImport.Table.values())
                .map(t -> new FileField(t.name().toLowerCase(Locale.ROOT), t.file)).toList();
    }

    private static Response refuse(int status, Refusal refusal) {
        return Response.status(status).type(MediaType.TEXT_HTML)
                .entity(Templates.importing(files(), MAX_MEGABYTES, refusal)).build();
    }
}
