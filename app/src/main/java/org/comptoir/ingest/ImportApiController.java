package org.comptoir.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import org.comptoir.account.Role;
import org.comptoir.workspace.Needs;
import org.comptoir.workspace.WorkspaceRef;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/import} (multipart {@code file} or raw body, answered when the import is done),
 * {@code POST /api/v1/import/jobs} (raw body, answered at once with a job to poll at
 * {@code GET /api/v1/import/jobs/{id}}: what {@code comptoir import --progress} uses against a server) and
 * {@code GET /api/v1/quarantine}.
 */
@RestController
@RequestMapping("/api/v1")
class ImportApiController {
    private final Importer importer;
    private final ImportJobs jobs;
    private final QuarantineRepository quarantine;

    ImportApiController(Importer importer, ImportJobs jobs, QuarantineRepository quarantine) {
        this.importer = importer;
        this.jobs = jobs;
        this.quarantine = quarantine;
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> importMultipart(@Needs(Role.MANAGER) WorkspaceRef workspace,
                                                        @RequestParam(required = false) String format,
                                                        @RequestParam(required = false) List<String> map,
                                                        @RequestParam(required = false) String network,
                                                        @RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
            return run(workspace, in, name, format, options(map, network));
        }
    }

    @PostMapping(path = "/import")
    ResponseEntity<Map<String, Object>> importBody(@Needs(Role.MANAGER) WorkspaceRef workspace,
                                                   @RequestParam(required = false) String format,
                                                   @RequestParam(required = false) String filename,
                                                   @RequestParam(required = false) List<String> map,
                                                   @RequestParam(required = false) String network,
                                                   HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            return run(workspace, in, filename == null ? "upload" : filename, format, options(map, network));
        }
    }

    /** Stores the body and queues its import; the answer (202) is the job, to poll for its counts. */
    @PostMapping(path = "/import/jobs")
    ResponseEntity<Map<String, Object>> startJob(@Needs(Role.MANAGER) WorkspaceRef workspace,
                                                 @RequestParam(required = false) String format,
                                                 @RequestParam(required = false) String filename,
                                                 @RequestParam(required = false) List<String> map,
                                                 @RequestParam(required = false) String network,
                                                 HttpServletRequest request) throws IOException {
        ImportFormat chosen = format == null || format.isBlank() ? null : ImportFormat.fromCliName(format);
        ImportOptions options = options(map, network);
        java.nio.file.Path upload = jobs.newUploadFile();
        try (InputStream in = request.getInputStream()) {
            java.nio.file.Files.copy(in, upload, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        String name = ImportController.sourceName(filename);
        return ResponseEntity.accepted().body(view(jobs.start(workspace.name(), upload, name, chosen, options)));
    }

    /** A job's state and the counts of its last commit. */
    @GetMapping("/import/jobs/{id}")
    Map<String, Object> job(@Needs(Role.MANAGER) WorkspaceRef workspace, @org.springframework.web.bind.annotation.PathVariable String id) {
        return jobs.find(workspace.name(), id).map(ImportApiController::view).orElseThrow(() -> new org.comptoir.web.ApiError.NotFound(
                "no import job '" + id + "' in workspace '" + workspace.name() + "' (jobs are kept in memory until the server restarts)"));
    }

    private static Map<String, Object> view(ImportJob job) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", job.id());
        body.put("state", job.state().name().toLowerCase(java.util.Locale.ROOT));
        body.put("format", job.format() == null ? null : job.format().cliName());
        body.put("imported", job.counts().imported());
        body.put("duplicates", job.counts().duplicates());
        body.put("quarantined", job.counts().quarantined());
        body.put("records_read", job.recordsRead());
        body.put("percent", job.percent());
        body.put("failure", job.failure());
        return body;
    }

    private static ImportOptions options(List<String> maps, String network) {
        return ImportOptions.fromMappings(maps).withNetwork(network);
    }

    @GetMapping("/quarantine")
    List<Map<String, Object>> quarantine(@Needs(Role.MANAGER) WorkspaceRef workspace,
                                         @RequestParam(defaultValue = "100") int limit) {
        return quarantine.list(workspace.name(), limit).stream().map(r -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("source", r.source());
            view.put("line", r.line());
            view.put("offset", r.offset());
            view.put("reason", r.reason());
            view.put("raw_preview", new String(r.raw(), 0, Math.min(r.raw().length, 2000), java.nio.charset.StandardCharsets.UTF_8));
            view.put("received_at", r.receivedAt().toString());
            return view;
        }).toList();
    }

    private ResponseEntity<Map<String, Object>> run(WorkspaceRef workspace, InputStream in, String name, String format,
                                                    ImportOptions options) {
        ImportFormat chosen = format == null || format.isBlank() ? null : ImportFormat.fromCliName(format);
        try {
            ImportSummary summary = importer.importStream(workspace.name(), in, name, chosen,
                    options, null);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("imported", summary.imported());
            body.put("duplicates", summary.duplicates());
            body.put("quarantined", summary.quarantined());
            body.put("summary", summary.line());
            return ResponseEntity.ok(body);
        } catch (Importer.ImportFailure e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
