package org.comptoir.topic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.comptoir.account.Role;
import org.comptoir.query.QuerySyntaxException;
import org.comptoir.workspace.Needs;
import org.comptoir.workspace.WorkspaceRef;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The topics page: every topic with its kind, engagement, recent mentions and last change; for
 * managers, an editor that lints as one types (htmx), tests a draft against stored posts before it is
 * saved, saves with the backfill's progress, and imports or exports topics as a file.
 */
@Controller
class TopicController {
    private final TopicCatalog topics;
    private final TopicPreview preview;
    private final TopicSaves saves;

    TopicController(TopicCatalog topics, TopicPreview preview, TopicSaves saves) {
        this.topics = topics;
        this.preview = preview;
        this.saves = saves;
    }

    @GetMapping("/topics")
    String page(WorkspaceRef workspace, @RequestParam(required = false) String edit,
                @RequestParam(required = false) String job, Model model) {
        model.addAttribute("workspace", workspace.name());
        model.addAttribute("canEdit", workspace.allows(Role.MANAGER));
        model.addAttribute("overview", topics.overview(workspace.name()));
        model.addAttribute("kinds", Arrays.stream(TopicKind.values()).map(TopicKind::label).toList());
        model.addAttribute("job", job == null ? null : saves.status(workspace.name(), job).orElse(null));
        if (!model.containsAttribute("draft")) {
            Topic editing = edit == null ? null : topics.find(workspace.name(), edit).orElse(null);
            model.addAttribute("draft", editing == null ? new TopicDraft("", "", null, TopicKind.BRAND, false)
                    : new TopicDraft(editing.name(), editing.query(), editing.description(), editing.kind(), editing.engage()));
            model.addAttribute("editing", editing != null);
        }
        return "topics/index";
    }

    @PostMapping("/topics/lint")
    String lint(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestParam(defaultValue = "") String query, Model model) {
        model.addAttribute("lint", TopicLint.of(query));
        return "topics/fragments :: lint";
    }

    @PostMapping("/topics/preview")
    String preview(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestParam(defaultValue = "") String query, Model model) {
        model.addAttribute("workspace", workspace.name());
        try {
            model.addAttribute("preview", preview.preview(workspace.name(), query));
        } catch (QuerySyntaxException e) {
            model.addAttribute("lint", TopicLint.of(query));
        }
        return "topics/fragments :: preview";
    }

    @PostMapping("/topics")
    String save(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestParam(defaultValue = "") String name,
                @RequestParam(defaultValue = "") String query, @RequestParam(required = false) String description,
                @RequestParam(defaultValue = "other") String kind, @RequestParam(defaultValue = "false") boolean engage,
                @RequestParam(defaultValue = "false") boolean editing, RedirectAttributes flash) {
        TopicDraft draft = new TopicDraft(name.strip(), query, blankToNull(description), TopicKind.OTHER, engage);
        try {
            draft = new TopicDraft(draft.name(), query, draft.description(), TopicKind.fromLabel(kind), engage);
            String job = saves.start(workspace.name(), List.of(draft));
            return "redirect:/topics?workspace=" + workspace.name() + "&job=" + job;
        } catch (QuerySyntaxException | IllegalArgumentException e) {
            flash.addFlashAttribute("draft", draft);
            flash.addFlashAttribute("editing", editing);
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/topics?workspace=" + workspace.name() + "#editor";
        }
    }

    @GetMapping("/topics/job")
    String job(WorkspaceRef workspace, @RequestParam String id,
               @org.springframework.web.bind.annotation.RequestHeader(value = "HX-Request", required = false) String htmx,
               jakarta.servlet.http.HttpServletResponse response, Model model) {
        model.addAttribute("workspace", workspace.name());
        TopicSaves.Status status = saves.status(workspace.name(), id).orElse(null);
        model.addAttribute("job", status);
        if (htmx != null && status != null && status.finished()) {
            response.setHeader("HX-Refresh", "true"); // reload the page: the list shows the new counts
        }
        return "topics/fragments :: job";
    }

    @PostMapping("/topics/delete")
    String delete(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestParam String name, RedirectAttributes flash) {
        if (topics.remove(workspace.name(), name)) {
            flash.addFlashAttribute("removed", name);
        }
        return "redirect:/topics?workspace=" + workspace.name();
    }

    @GetMapping("/topics/export")
    ResponseEntity<String> export(WorkspaceRef workspace, @RequestParam(defaultValue = "json") String format) {
        TopicFile.Format chosen = "csv".equalsIgnoreCase(format) ? TopicFile.Format.CSV : TopicFile.Format.JSON;
        String extension = chosen == TopicFile.Format.CSV ? "csv" : "json";
        MediaType type = chosen == TopicFile.Format.CSV ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                : MediaType.APPLICATION_JSON;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("topics-" + workspace.name() + "." + extension).build().toString())
                .body(TopicFile.write(topics.list(workspace.name()), chosen));
    }

    @PostMapping("/topics/import")
    String importFile(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestParam("file") MultipartFile file,
                      RedirectAttributes flash) throws IOException {
        TopicFile.Read read = TopicFile.read(file.getOriginalFilename(), new String(file.getBytes(), StandardCharsets.UTF_8));
        if (!read.problems().isEmpty() || read.drafts().isEmpty()) {
            flash.addFlashAttribute("importProblems", read.problems());
            flash.addFlashAttribute("importEmpty", read.problems().isEmpty());
            return "redirect:/topics?workspace=" + workspace.name() + "#import";
        }
        try {
            String job = saves.start(workspace.name(), read.drafts());
            return "redirect:/topics?workspace=" + workspace.name() + "&job=" + job;
        } catch (QuerySyntaxException e) {
            flash.addFlashAttribute("importProblems", List.of(new TopicFile.Problem(1, e.getMessage())));
            return "redirect:/topics?workspace=" + workspace.name() + "#import";
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
