package org.comptoir.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jakarta.servlet.http.HttpServletResponse;
import org.comptoir.account.Role;
import org.comptoir.web.ApiError;
import org.comptoir.workspace.Needs;
import org.comptoir.workspace.WorkspaceRef;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The import page ({@code /import}, managers and admins): preview of a file's first records with its format and
 * CSV mapping, upload (streamed to disk, imported in the background), live progress, then the summary and the
 * records that import quarantined, downloadable as CSV or JSON lines.
 */
@Controller
@RequestMapping("/import")
class ImportController {
    static final int QUARANTINE_SHOWN = 100;
    private final ImportJobs jobs;
    private final QuarantineRepository quarantine;
    private final DataSize maxFileSize;

    ImportController(ImportJobs jobs, QuarantineRepository quarantine,
                     @Value("${spring.servlet.multipart.max-file-size:1MB}") String maxFileSize) {
        this.jobs = jobs;
        this.quarantine = quarantine;
        this.maxFileSize = DataSize.parse(maxFileSize);
    }

    @GetMapping
    String page(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestParam(required = false) String job, Model model) {
        model.addAttribute("workspace", workspace.name());
        model.addAttribute("formats", ImportFormat.values());
        model.addAttribute("maxBytes", maxFileSize.toBytes());
        model.addAttribute("maxLabel", UploadLimit.label(maxFileSize));
        model.addAttribute("jobs", jobs.recent(workspace.name()));
        if (job != null) {
            ImportJob found = find(workspace, job);
            model.addAttribute("job", found);
            addQuarantine(found, model);
        }
        return "import/index";
    }

    /** The first records of a file, from its first bytes ({@code head}, sent by the page's script). */
    @PostMapping("/preview")
    String preview(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestParam("head") MultipartFile head,
                   @RequestParam String name, @RequestParam(defaultValue = "-1") long size,
                   @RequestParam(required = false) String format, @RequestParam(required = false) List<String> map,
                   @RequestParam(defaultValue = "false") boolean mapped, Model model) throws IOException {
        byte[] bytes;
        try (InputStream in = head.getInputStream()) {
            bytes = in.readNBytes(PostFileReader.DETECT_HEAD_BYTES);
        }
        model.addAttribute("workspace", workspace.name());
        model.addAttribute("fields", ImportOptions.CSV_FIELDS);
        model.addAttribute("required", ColumnMapping.REQUIRED);
        model.addAttribute("size", size);
        try {
            model.addAttribute("preview", ImportPreview.of(bytes, name, size >= 0 && bytes.length >= size,
                    chosen(format), ImportOptions.fromMappings(map).columnMap(), !mapped));
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "import/preview :: preview";
    }

    /**
     * Starts one import per uploaded file. Without {@code mapped} (a form sent without the page's script), a
     * CSV file's mapping is proposed from its header, as the preview does.
     */
    @PostMapping
    String upload(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestParam("file") List<MultipartFile> files,
                  @RequestParam(required = false) String format, @RequestParam(required = false) List<String> map,
                  @RequestParam(defaultValue = "false") boolean mapped) throws IOException {
        ImportFormat chosen = chosen(format);
        ImportOptions given = ImportOptions.fromMappings(map);
        ImportJob last = null;
        int started = 0;
        for (MultipartFile file : files) {
            if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
                continue;
            }
            Path upload = jobs.newUploadFile();
            file.transferTo(upload.toFile());
            String name = sourceName(file.getOriginalFilename());
            ImportOptions options = mapped ? given : proposed(upload, name, chosen, given);
            last = jobs.start(workspace.name(), upload, name, chosen, options);
            started++;
        }
        UriComponentsBuilder target = UriComponentsBuilder.fromPath("/import").queryParam("workspace", workspace.name());
        if (started == 1) {
            target.queryParam("job", last.id());
        }
        return "redirect:" + target.encode().toUriString();
    }

    /** The progress of one job; {@code full} adds its summary and quarantined records once it is finished. */
    @GetMapping("/job")
    String job(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestParam String job,
               @RequestParam(defaultValue = "true") boolean full, Model model) {
        ImportJob found = find(workspace, job);
        model.addAttribute("workspace", workspace.name());
        model.addAttribute("job", found);
        model.addAttribute("j", found);
        if (full) {
            addQuarantine(found, model);
            return "import/job :: full";
        }
        return "import/job :: row";
    }

    /** The records one import quarantined, as {@code csv} or {@code jsonl} (written synchronously: no async dispatch). */
    @GetMapping("/quarantine")
    void download(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestParam String job,
                  @RequestParam(defaultValue = "csv") String as, HttpServletResponse response) throws IOException {
        ImportJob found = find(workspace, job);
        boolean csv = !"jsonl".equals(as);
        List<QuarantineRepository.QuarantinedRecord> records = quarantine.listByImport(workspace.name(), found.id(), 1_000_000);
        response.setContentType(csv ? "text/csv;charset=UTF-8" : "application/x-ndjson;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("quarantine-" + found.id() + (csv ? ".csv" : ".jsonl")).build().toString());
        if (csv) {
            QuarantineDownload.csv(records, response.getOutputStream());
        } else {
            QuarantineDownload.jsonl(records, response.getOutputStream());
        }
    }

    private void addQuarantine(ImportJob job, Model model) {
        if (job.finished()) {
            model.addAttribute("rejections", quarantine.listByImport(job.workspace(), job.id(), QUARANTINE_SHOWN));
            model.addAttribute("rejectionCount", quarantine.countByImport(job.workspace(), job.id()));
        }
    }

    private ImportJob find(WorkspaceRef workspace, String id) {
        return jobs.find(workspace.name(), id).orElseThrow(() -> new ApiError.NotFound("no import '" + id
                + "' in workspace '" + workspace.name() + "' (imports are kept in memory until the server restarts)"));
    }

    private static ImportFormat chosen(String format) {
        return format == null || format.isBlank() ? null : ImportFormat.fromCliName(format);
    }

    private static ImportOptions proposed(Path upload, String name, ImportFormat chosen, ImportOptions given) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(upload)) {
            head = in.readNBytes(PostFileReader.DETECT_HEAD_BYTES);
        }
        if (chosen == null) {
            try {
                chosen = PostFileReader.detect(head, name);
            } catch (UnknownFormatException e) {
                return given; // the import reports it
            }
        }
        if (chosen != ImportFormat.CSV) {
            return given;
        }
        return ColumnMapping.of(PostFileReader.csvHeader(head), given.columnMap(), true).options();
    }

    /** The file name without any folder, at most 200 characters. */
    static String sourceName(String original) {
        String name = original == null ? "" : original.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.isEmpty()) {
            name = "upload";
        }
        return name.length() <= 200 ? name : name.substring(0, 200);
    }
}
