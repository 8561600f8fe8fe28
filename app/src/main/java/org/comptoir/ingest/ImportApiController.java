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

/** {@code POST /api/v1/import} (multipart {@code file} or raw body) and {@code GET /api/v1/quarantine}. */
@RestController
@RequestMapping("/api/v1")
class ImportApiController {
    private final Importer importer;
    private final QuarantineRepository quarantine;

    ImportApiController(Importer importer, QuarantineRepository quarantine) {
        this.importer = importer;
        this.quarantine = quarantine;
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> importMultipart(@Needs(Role.MANAGER) WorkspaceRef workspace,
                                                        @RequestParam(required = false) String format,
                                                        @RequestParam(required = false) List<String> map,
                                                        @RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
            return run(workspace, in, name, format, map);
        }
    }

    @PostMapping(path = "/import")
    ResponseEntity<Map<String, Object>> importBody(@Needs(Role.MANAGER) WorkspaceRef workspace,
                                                   @RequestParam(required = false) String format,
                                                   @RequestParam(required = false) String filename,
                                                   @RequestParam(required = false) List<String> map,
                                                   HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            return run(workspace, in, filename == null ? "upload" : filename, format, map);
        }
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
                                                    List<String> maps) {
        ImportFormat chosen = format == null || format.isBlank() ? null : ImportFormat.fromCliName(format);
        ImportOptions options = ImportOptions.fromMappings(maps);
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
