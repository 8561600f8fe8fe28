package org.comptoir.inbox;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.comptoir.account.Role;
import org.comptoir.query.QuerySyntaxException;
import org.comptoir.workspace.Needs;
import org.comptoir.workspace.WorkspaceRef;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inbox pages: the list with filters and keyboard shortcuts ({@code static/js/inbox.js}), and a conversation
 * with its timeline, assignment, status, notes and reply box. Post text and author names are untrusted: the
 * templates print them with {@code th:text} only.
 */
@Controller
class InboxController {
    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/inbox")
    String list(WorkspaceRef workspace, @RequestParam Map<String, String> asked, Model model) {
        Map<String, String> params = new java.util.HashMap<>(asked);
        params.putIfAbsent("status", "open"); // the inbox opens on what waits for us; "any status" sends status=
        model.addAttribute("workspace", workspace.name());
        model.addAttribute("filters", params);
        model.addAttribute("canAct", workspace.allows(Role.AGENT));
        model.addAttribute("statuses", Arrays.stream(ConversationStatus.values()).map(ConversationStatus::label).toList());
        model.addAttribute("priorities", Arrays.stream(Priority.values()).map(Priority::label).toList());
        try {
            InboxQuery query = InboxQuery.from(params);
            Inbox.Page page = inbox.list(workspace.name(), query);
            model.addAttribute("page", page);
            model.addAttribute("deadlines", inbox.deadlines(workspace.name(), page.conversations()));
            model.addAttribute("nextOffset", query.offset() + query.limit());
        } catch (QuerySyntaxException | IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("page", new Inbox.Page(0, List.of()));
            model.addAttribute("deadlines", Map.of());
            model.addAttribute("nextOffset", 0);
        }
        return "inbox/index";
    }

    @GetMapping("/inbox/{id}")
    String conversation(WorkspaceRef workspace, @PathVariable long id, Model model) {
        model.addAttribute("workspace", workspace.name());
        Inbox.Detail detail = inbox.get(workspace.name(), id);
        model.addAttribute("detail", detail);
        model.addAttribute("deadline", inbox.deadlines(workspace.name(), List.of(detail.conversation())).get(id));
        model.addAttribute("canAct", workspace.allows(Role.AGENT));
        model.addAttribute("agents", inbox.agents(workspace.name()));
        model.addAttribute("statuses", Arrays.stream(ConversationStatus.values()).map(ConversationStatus::label).toList());
        model.addAttribute("priorities", Arrays.stream(Priority.values()).map(Priority::label).toList());
        return "inbox/conversation";
    }

    /** The replies panel alone, polled by htmx while a reply is on its way. */
    @GetMapping("/inbox/{id}/replies")
    String replies(WorkspaceRef workspace, @PathVariable long id, Model model) {
        model.addAttribute("workspace", workspace.name());
        model.addAttribute("detail", inbox.get(workspace.name(), id));
        return "inbox/conversation :: replies";
    }

    @PostMapping("/inbox/{id}/update")
    String update(@Needs(Role.AGENT) WorkspaceRef workspace, @PathVariable long id,
                  @RequestParam(required = false) String status, @RequestParam(required = false) String priority,
                  @RequestParam(required = false) String assignee, @RequestParam(required = false) String team,
                  @RequestParam(required = false) String tags, @RequestParam(required = false) Boolean answered,
                  @RequestParam(required = false) String back, RedirectAttributes flash) {
        try {
            inbox.update(workspace.name(), id, new ConversationChange(
                    status == null || status.isBlank() ? null : ConversationStatus.fromLabel(status), null,
                    priority == null || priority.isBlank() ? null : Priority.fromLabel(priority), team, assignee,
                    tags == null ? null : Arrays.asList(tags.split("[,\\s]+")), answered));
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return redirect(workspace, id, back);
    }

    @PostMapping("/inbox/{id}/notes")
    String note(@Needs(Role.AGENT) WorkspaceRef workspace, @PathVariable long id, @RequestParam(defaultValue = "") String text,
                RedirectAttributes flash) {
        try {
            inbox.note(workspace.name(), id, text);
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return redirect(workspace, id, null);
    }

    @PostMapping("/inbox/{id}/reply")
    String reply(@Needs(Role.AGENT) WorkspaceRef workspace, @PathVariable long id, @RequestParam(defaultValue = "") String text,
                 @RequestParam(required = false) Long seen, @RequestParam(defaultValue = "false") boolean confirm,
                 RedirectAttributes flash) {
        try {
            inbox.reply(workspace.name(), id, text, null, confirm ? null : seen);
            flash.addFlashAttribute("queued", true);
        } catch (AnsweredMeanwhile e) {
            flash.addFlashAttribute("collision", e.other());
            flash.addFlashAttribute("draft", text);
        } catch (TypingMeanwhile e) {
            flash.addFlashAttribute("typingCollision", String.join(", ", e.users()));
            flash.addFlashAttribute("draft", text);
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return redirect(workspace, id, null);
    }

    /** Back to the conversation, or to the list when the form came from there ({@code back=list}). */
    private static String redirect(WorkspaceRef workspace, long id, String back) {
        return "list".equals(back) ? "redirect:/inbox?workspace=" + workspace.name()
                : "redirect:/inbox/" + id + "?workspace=" + workspace.name();
    }
}
