package org.comptoir.inbox;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.comptoir.account.Role;
import org.comptoir.inbox.reply.ReplyAccounts;
import org.comptoir.query.QuerySyntaxException;
import org.comptoir.workspace.Needs;
import org.comptoir.workspace.WorkspaceRef;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/conversations}: list with filters, one with its timeline and replies, change, note, reply; and
 * {@code /api/v1/inbox/accounts}, the accounts replies are sent from (their secret is write-only).
 */
@RestController
@RequestMapping("/api/v1")
class InboxApiController {
    private final Inbox inbox;
    private final ReplyAccounts accounts;

    InboxApiController(Inbox inbox, ReplyAccounts accounts) {
        this.inbox = inbox;
        this.accounts = accounts;
    }

    /** Body of PATCH; absent fields are left unchanged. */
    record ChangeRequest(String status, String snoozed_until, String priority, String team, String assignee,
                         List<String> tags, Boolean answered) {
        ConversationChange change() {
            try {
                return new ConversationChange(status == null ? null : ConversationStatus.fromLabel(status),
                        snoozed_until == null || snoozed_until.isBlank() ? null : Instant.parse(snoozed_until.strip()),
                        priority == null ? null : Priority.fromLabel(priority), team, assignee, tags, answered);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'snoozed_until' must be an ISO-8601 instant such as 2026-03-01T09:00:00Z");
            }
        }
    }

    /** Body of notes and replies; a reply's {@code seen} is the last timeline item id the agent saw (collision guard). */
    record TextRequest(String text, String in_reply_to, Long seen) {
    }

    record AccountRequest(String base_url, String handle, String secret) {
    }

    @GetMapping("/conversations")
    Map<String, Object> list(WorkspaceRef workspace, @RequestParam Map<String, String> params) throws QuerySyntaxException {
        Inbox.Page page = inbox.list(workspace.name(), InboxQuery.from(params));
        return InboxViews.page(page, inbox.deadlines(workspace.name(), page.conversations()));
    }

    @GetMapping("/conversations/{id}")
    Map<String, Object> get(WorkspaceRef workspace, @PathVariable long id) {
        Inbox.Detail detail = inbox.get(workspace.name(), id);
        Map<String, Object> view = InboxViews.detail(detail);
        Deadline d = inbox.deadlines(workspace.name(), List.of(detail.conversation())).get(id);
        view.put("first_response_due", d.firstResponseDue() == null ? null : d.firstResponseDue().toString());
        view.put("resolution_due", d.resolutionDue() == null ? null : d.resolutionDue().toString());
        view.put("breach", d.state().label());
        return view;
    }

    /** Body of PUT /inbox/targets: the workspace's hours and, per priority, targets in working hours. */
    record TargetsRequest(String hours, List<String> holidays, Map<String, TargetRequest> targets) {
    }

    record TargetRequest(Double first_response_hours, Double resolution_hours) {
        ResponseTargets.Target target(String priority) {
            if (first_response_hours == null || resolution_hours == null) {
                throw new IllegalArgumentException("priority '" + priority + "' needs first_response_hours and resolution_hours");
            }
            return new ResponseTargets.Target((int) Math.round(first_response_hours * 60), (int) Math.round(resolution_hours * 60));
        }
    }

    static Map<String, Object> targetsView(ResponseTargets.Settings s) {
        Map<String, Object> targets = new java.util.LinkedHashMap<>();
        for (Priority p : Priority.values()) {
            ResponseTargets.Target t = s.targets().get(p);
            if (t != null) {
                targets.put(p.label(), Map.of("first_response_hours", t.firstResponseMinutes() / 60.0,
                        "resolution_hours", t.resolutionMinutes() / 60.0));
            }
        }
        return Map.of("hours", s.hours(), "holidays", s.holidays().stream().map(Object::toString).toList(), "targets", targets);
    }

    @GetMapping("/inbox/targets")
    Map<String, Object> targets(WorkspaceRef workspace) {
        return targetsView(inbox.targets().settings(workspace.name()));
    }

    @PutMapping("/inbox/targets")
    Map<String, Object> saveTargets(@Needs(Role.MANAGER) WorkspaceRef workspace, @RequestBody TargetsRequest request) {
        Map<Priority, ResponseTargets.Target> targets = new java.util.EnumMap<>(Priority.class);
        (request.targets() == null ? Map.<String, TargetRequest>of() : request.targets())
                .forEach((priority, t) -> targets.put(Priority.fromLabel(priority), t.target(priority)));
        return targetsView(inbox.targets().save(workspace.name(), new ResponseTargets.Settings(
                request.hours() == null ? ResponseTargets.DEFAULT_HOURS : request.hours(),
                org.comptoir.team.HoursSpec.holidays(request.holidays()), targets)));
    }

    @GetMapping("/inbox/metrics")
    Map<String, Object> metrics(WorkspaceRef workspace, @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to) {
        Instant end = to == null ? Instant.now() : org.comptoir.web.TimeParams.parse("to", to);
        Instant start = from == null ? end.minus(java.time.Duration.ofDays(30)) : org.comptoir.web.TimeParams.parse("from", from);
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("from must be before to");
        }
        return inbox.metrics(workspace.name(), start, end);
    }

    @PatchMapping("/conversations/{id}")
    Map<String, Object> update(@Needs(Role.AGENT) WorkspaceRef workspace, @PathVariable long id,
                               @RequestBody ChangeRequest request) {
        return InboxViews.conversation(inbox.update(workspace.name(), id, request.change()));
    }

    @PostMapping("/conversations/{id}/notes")
    ResponseEntity<Map<String, Object>> note(@Needs(Role.AGENT) WorkspaceRef workspace, @PathVariable long id,
                                             @RequestBody TextRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(InboxViews.item(inbox.note(workspace.name(), id, request.text())));
    }

    @PostMapping("/conversations/{id}/reply")
    ResponseEntity<Map<String, Object>> reply(@Needs(Role.AGENT) WorkspaceRef workspace, @PathVariable long id,
                                              @RequestBody TextRequest request) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(InboxViews.reply(inbox.reply(workspace.name(), id, request.text(), request.in_reply_to(), request.seen())));
    }

    /** Someone answered after the caller's {@code seen}: 409 with the other answer, nothing queued. */
    @org.springframework.web.bind.annotation.ExceptionHandler(AnsweredMeanwhile.class)
    ResponseEntity<Map<String, Object>> answeredMeanwhile(AnsweredMeanwhile e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage(), "answer", InboxViews.item(e.other())));
    }

    /** Someone else is typing a reply right now (live presence): 409 with who, nothing queued. */
    @org.springframework.web.bind.annotation.ExceptionHandler(TypingMeanwhile.class)
    ResponseEntity<Map<String, Object>> typingMeanwhile(TypingMeanwhile e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage(), "typing", e.users()));
    }

    @GetMapping("/inbox/accounts")
    List<ReplyAccounts.Summary> accounts(@Needs(Role.MANAGER) WorkspaceRef workspace) {
        return accounts.list(workspace.name());
    }

    @PutMapping("/inbox/accounts/{network}")
    ReplyAccounts.Summary saveAccount(@Needs(Role.MANAGER) WorkspaceRef workspace, @PathVariable String network,
                                      @RequestBody AccountRequest request) {
        return accounts.save(workspace.name(), network, request.base_url(), request.handle(), request.secret(), Instant.now());
    }
}
