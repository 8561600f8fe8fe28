package org.comptoir.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.comptoir.account.Accounts;

/** Validates and applies a {@link ConversationChange}, saying each change in words for the timeline. */
final class Changes {
    private final ConversationRepository conversations;
    private final Accounts accounts;
    private final Clock clock;

    Changes(ConversationRepository conversations, Accounts accounts, Clock clock) {
        this.conversations = conversations;
        this.accounts = accounts;
        this.clock = clock;
    }

    Conversation apply(Conversation c, ConversationChange change, String actor, Consumer<String> said) {
        Instant now = clock.instant();
        List<String> details = new ArrayList<>();
        ConversationStatus status = c.status();
        Instant snoozed = c.snoozedUntil();
        Instant resolved = c.resolvedAt();
        if (change.status() != null && change.status() != c.status()) {
            status = change.status();
            details.add("status: " + c.status().label() + " → " + status.label());
            resolved = status == ConversationStatus.RESOLVED ? now : null;
        }
        if (status == ConversationStatus.SNOOZED && change.status() == ConversationStatus.SNOOZED) {
            if (change.snoozedUntil() == null || !change.snoozedUntil().isAfter(now)) {
                throw new IllegalArgumentException("snoozing needs 'snoozed_until', a moment in the future");
            }
            snoozed = change.snoozedUntil();
            details.add("snoozed until " + snoozed);
        } else if (status != ConversationStatus.SNOOZED) {
            snoozed = null;
        }
        Priority priority = change.priority() == null ? c.priority() : change.priority();
        if (priority != c.priority()) {
            details.add("priority: " + c.priority().label() + " → " + priority.label());
        }
        String team = change.team() == null ? c.team() : blankToNull(change.team());
        if (team != null && !team.matches("[a-z0-9][a-z0-9_-]{0,63}")) {
            throw new IllegalArgumentException("a team is a short lower-case name (letters, digits, - and _), not '" + team + "'");
        }
        if (!Objects.equals(team, c.team())) {
            details.add("team: " + (c.team() == null ? "—" : c.team()) + " → " + (team == null ? "—" : team));
        }
        String assignee = change.assignee() == null ? c.assignee() : blankToNull(change.assignee());
        if (assignee != null && !Objects.equals(assignee, c.assignee()) && !Inbox.isAgent(accounts, c.workspace(), assignee)) {
            throw new IllegalArgumentException("'" + assignee + "' is not an agent of workspace '" + c.workspace() + "'");
        }
        if (!Objects.equals(assignee, c.assignee())) {
            details.add(assignee == null ? "unassigned" : "assigned to " + assignee);
        }
        List<String> tags = change.tags() == null ? c.tags() : tags(change.tags());
        if (!tags.equals(c.tags())) {
            details.add("tags: " + (tags.isEmpty() ? "—" : String.join(", ", tags)));
        }
        Conversation updated = new Conversation(c.id(), c.workspace(), status, snoozed, priority, team, assignee, tags,
                c.network(), c.authorHandle(), c.authorName(), c.rootPost(), c.subject(), c.intent(), c.sentiment(),
                c.openedAt(), c.lastMessageAt(), c.waitingSince(), c.firstResponseAt(), resolved);
        if (status != c.status() && c.status() == ConversationStatus.SNOOZED) {
            conversations.pauseEnded(c.workspace(), c.id(), now);
        } else if (status != c.status() && status == ConversationStatus.SNOOZED) {
            conversations.pauseStarted(c.workspace(), c.id(), now);
        }
        if (Boolean.TRUE.equals(change.answered())) {
            updated = answered(updated);
            details.add("answered on the network by " + actor);
        } else {
            conversations.save(updated);
        }
        details.forEach(said);
        return conversations.find(c.workspace(), c.id()).orElseThrow();
    }

    /** The workspace answered now: nobody waits for us any more, and an open conversation waits on the person. */
    Conversation answered(Conversation c) {
        Instant now = clock.instant();
        ConversationStatus status = c.status() == ConversationStatus.OPEN ? ConversationStatus.PENDING : c.status();
        Conversation updated = new Conversation(c.id(), c.workspace(), status, c.snoozedUntil(), c.priority(), c.team(),
                c.assignee(), c.tags(), c.network(), c.authorHandle(), c.authorName(), c.rootPost(), c.subject(), c.intent(),
                c.sentiment(), c.openedAt(), c.lastMessageAt().isAfter(now) ? c.lastMessageAt() : now, null,
                c.firstResponseAt() == null ? now : c.firstResponseAt(), c.resolvedAt());
        conversations.save(updated);
        return updated;
    }

    private static List<String> tags(List<String> asked) {
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        for (String tag : asked) {
            String t = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
            if (!t.isEmpty()) {
                if (!t.matches("[\\p{L}\\p{N}_-]{1,40}")) {
                    throw new IllegalArgumentException("a tag is one word of at most 40 letters, digits, - or _, not '" + tag + "'");
                }
                tags.add(t);
            }
        }
        if (String.join(",", tags).length() > 1000) {
            throw new IllegalArgumentException("too many tags");
        }
        return List.copyOf(tags);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
