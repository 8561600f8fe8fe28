package org.comptoir.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import org.comptoir.Comptoir;
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
    private final Comptoir comptoir;

    ImportApiController(Comptoir comptoir) {
        this.comptoir = comptoir;
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> importMultipart(@RequestParam(defaultValue = "default") String workspace,
                                                        @RequestParam(required = false) String format,
                                                        @RequestParam(required = false) List<String> map,
                                                        @RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
            return run(workspace, in, name, format, map);
        }
    }

    @PostMapping(path = "/import")
    ResponseEntity<Map<String, Object>> importBody(@RequestParam(defaultValue = "default") String workspace,
                                                   @RequestParam(required = false) String format,
                                                   @RequestParam(required = false) String filename,
                                                   @RequestParam(required = false) List<String> map,
                                                   HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            return run(workspace, in, filename == null ? "upload" : filename, format, map);
        }
    }

    @GetMapping("/quarantine")
    List<Map<String, Object>> quarantine(@RequestParam(defaultValue = "default") String workspace,
                                         @RequestParam(defaultValue = "100") int limit) {
        return comptoir.quarantine().list(workspace, limit).stream().map(r -> {
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

    private ResponseEntity<Map<String, Object>> run(String workspace, InputStream in, String name, String format,
                                                    List<String> maps) {
        ImportFormat chosen = format == null || format.isBlank() ? null : ImportFormat.fromCliName(format);
        ImportOptions options = ImportOptions.fromMappings(maps);
        try {
            ImportSummary summary = comptoir.importer().importStream(comptoir.useWorkspace(workspace), in, name, chosen,
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
