package org.comptoir.audit;

import org.comptoir.csv.CsvCells;
import java.time.Clock;
import java.util.List;
import org.comptoir.account.AccountEvents;
import org.comptoir.correction.PostCorrected;
import org.comptoir.events.Actor;
import org.comptoir.events.Events;
import org.comptoir.ingest.PostsImported;
import org.comptoir.topic.TopicRemoved;
import org.comptoir.topic.TopicSaved;
import org.comptoir.workspace.WorkspaceCreated;

/**
 * Who did what and when. Listens to the features' past-tense events and appends one row per event,
 * naming the {@link Actor} of the thread that published it; nothing here updates or deletes a row.
 */
public final class AuditLog {
    private final AuditRepository repository;
    private final Clock clock;

    public AuditLog(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Subscribes to every event the log records. */
    public AuditLog listenTo(Events events) {
        events.subscribe(AccountEvents.SignedIn.class, e -> append(new Actor(e.user(), e.address()), null, "sign_in", e.user(), null));
        events.subscribe(AccountEvents.SignInFailed.class, e -> append(new Actor(e.user(), e.address()), null,
                "sign_in_failed", e.user(), e.throttled() ? "throttled" : "bad credentials"));
        events.subscribe(AccountEvents.UserAdded.class, e -> append(null, "user_added", e.user(), e.admin() ? "global admin" : null));
        events.subscribe(AccountEvents.UserRemoved.class, e -> append(null, "user_removed", e.user(), null));
        events.subscribe(AccountEvents.PasswordChanged.class, e -> append(null, "password_changed", e.user(), null));
        events.subscribe(AccountEvents.RoleGranted.class, e -> append(e.workspace(), "role_granted", e.user(), e.role().label()));
        events.subscribe(AccountEvents.RoleRevoked.class, e -> append(e.workspace(), "role_revoked", e.user(), null));
        events.subscribe(AccountEvents.TokenCreated.class, e -> append(null, "token_created", e.user(), e.tokenId() + " " + e.name()));
        events.subscribe(AccountEvents.TokenRevoked.class, e -> append(null, "token_revoked", e.user(), e.tokenId()));
        events.subscribe(WorkspaceCreated.class, e -> append(e.name(), "workspace_created", e.name(), e.label()));
        events.subscribe(TopicSaved.class, e -> append(e.topic().workspace(), "topic_saved", e.topic().name(), e.topic().query()));
        events.subscribe(TopicRemoved.class, e -> append(e.workspace(), "topic_removed", e.name(), null));
        events.subscribe(PostsImported.class, e -> append(e.workspace(), "import", e.source(), e.summary()));
        events.subscribe(PostCorrected.class, e -> append(e.workspace(), "correction", e.postId(), e.detail()));
        events.subscribe(org.comptoir.source.SourceSaved.class, e -> append(e.source().workspace(),
                e.created() ? "source_added" : "source_changed", e.source().name(),
                e.source().type() + (e.source().paused() ? " paused" : "")));
        events.subscribe(org.comptoir.source.SourceRemoved.class, e -> append(e.workspace(), "source_removed", e.name(), null));
        events.subscribe(org.comptoir.inbox.ConversationUpdated.class, e -> append(e.workspace(), "conversation_updated",
                "conversation " + e.conversationId(), e.detail()));
        events.subscribe(org.comptoir.inbox.NoteAdded.class, e -> append(e.workspace(), "note_added",
                "conversation " + e.conversationId(), null));
        events.subscribe(org.comptoir.inbox.ReplyQueued.class, e -> append(e.workspace(), "reply_queued",
                "conversation " + e.conversationId(), "reply " + e.replyId() + " on " + e.network()));
        events.subscribe(org.comptoir.inbox.reply.ReplySent.class, e -> append(e.workspace(), "reply_sent",
                "conversation " + e.conversationId(), "reply " + e.replyId() + " " + e.remoteId()));
        events.subscribe(org.comptoir.inbox.reply.ReplyFailed.class, e -> append(e.workspace(), "reply_failed",
                "conversation " + e.conversationId(), "reply " + e.replyId() + ": " + e.error()));
        events.subscribe(org.comptoir.alert.AlertRuleSaved.class, e -> append(e.workspace(), e.created() ? "alert_rule_created" : "alert_rule_changed",
                e.name(), "rule " + e.ruleId()));
        events.subscribe(org.comptoir.team.TeamSaved.class, e -> append(e.workspace(), e.created() ? "team_created" : "team_changed",
                e.name(), e.detail()));
        events.subscribe(org.comptoir.team.TeamRemoved.class, e -> append(e.workspace(), "team_removed", e.name(), null));
        events.subscribe(org.comptoir.alert.AlertRuleRemoved.class, e -> append(e.workspace(), "alert_rule_removed", e.name(), "rule " + e.ruleId()));
        events.subscribe(org.comptoir.contact.AuthorErased.class, e -> append(e.workspace(), "gdpr_erasure", null,
                e.authors() + " account(s), " + e.records() + " record(s) erased"));
        events.subscribe(org.comptoir.contact.ContactSaved.class, e -> append(e.workspace(), "contact_" + e.action(),
                "contact " + e.contactId(), null));
        events.subscribe(org.comptoir.contact.ContactRemoved.class, e -> append(e.workspace(), "contact_removed",
                "contact " + e.contactId(), null));
        return this;
    }

    private void append(String workspace, String action, String target, String detail) {
        append(Actor.current(), workspace, action, target, detail);
    }

    private void append(Actor actor, String workspace, String action, String target, String detail) {
        repository.append(new AuditEntry(0, clock.instant(), actor.name(), actor.address(), workspace, action, target, detail));
    }

    /** Newest first; {@code workspace} null means every row (global administrators only). */
    public List<AuditEntry> list(String workspace, int limit) {
        return repository.list(workspace, Math.max(1, Math.min(limit, 100_000)));
    }

    /** The rows as CSV with a header, newest first; every field quoted, formula-like cells defused. */
    public static String csv(List<AuditEntry> entries) {
        StringBuilder out = new StringBuilder("at,actor,address,workspace,action,target,detail\r\n");
        for (AuditEntry e : entries) {
            out.append(String.join(",", cell(e.at().toString()), cell(e.actor()), cell(e.address()), cell(e.workspace()),
                    cell(e.action()), cell(e.target()), cell(e.detail()))).append("\r\n");
        }
        return out.toString();
    }

    private static String cell(String value) {
        return value == null ? "" : CsvCells.quoted(CsvCells.defused(value));
    }
}
