package org.comptoir.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.comptoir.post.Intent;
import org.comptoir.post.Sentiment;

/**
 * The inbox's filters, as the API, the page and the CLI take them: {@code status}, {@code team}, {@code assignee}
 * ({@code none} for unassigned), {@code priority}, {@code intent}, {@code sentiment}, {@code q} (the query dialect,
 * over the conversation's posts), {@code breach} ({@code true}: a response target missed and not resolved; {@code soon}:
 * a deadline near), {@code limit} (1–200, default 50) and {@code offset}. Bad values are refused with
 * a message naming the choices.
 */
public record InboxQuery(ConversationStatus status, String team, String assignee, Priority priority, String intent,
                         String sentiment, String q, int limit, int offset, Deadline.State breach) {
    public static final int MAX_LIMIT = 200;

    public static InboxQuery all() {
        return new InboxQuery(null, null, null, null, null, null, null, 50, 0, null);
    }

    public static InboxQuery from(Map<String, String> params) {
        String status = blank(params.get("status"));
        String priority = blank(params.get("priority"));
        String intent = blank(params.get("intent"));
        String sentiment = blank(params.get("sentiment"));
        String breach = blank(params.get("breach"));
        Deadline.State breachState = null;
        if (breach != null) {
            breachState = switch (breach.toLowerCase(Locale.ROOT)) {
                case "true", "breach" -> Deadline.State.BREACH;
                case "soon" -> Deadline.State.SOON;
                default -> throw new IllegalArgumentException("unknown breach '" + breach + "' (expected true or soon)");
            };
        }
        if (intent != null) {
            try {
                intent = Intent.fromLabel(intent).label();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown intent '" + params.get("intent")
                        + "' (expected complaint, question, praise, purchase_intent, churn_risk or other)");
            }
        }
        if (sentiment != null) {
            String wanted = sentiment.toUpperCase(Locale.ROOT);
            sentiment = java.util.Arrays.stream(Sentiment.values()).filter(s -> s.name().equals(wanted)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown sentiment '" + params.get("sentiment")
                            + "' (expected negative, neutral or positive)")).label();
        }
        return new InboxQuery(status == null ? null : ConversationStatus.fromLabel(status), blank(params.get("team")),
                blank(params.get("assignee")), priority == null ? null : Priority.fromLabel(priority), intent, sentiment,
                blank(params.get("q")), number(params, "limit", 50, 1, MAX_LIMIT), number(params, "offset", 0, 0, 1_000_000), breachState);
    }

    /** The SQL condition (after {@code workspace = ?}) and its parameters. */
    String where(List<Object> params) {
        StringBuilder where = new StringBuilder();
        add(where, params, "status", status == null ? null : status.label());
        add(where, params, "team", team);
        if ("none".equalsIgnoreCase(assignee)) {
            where.append(" and assignee is null");
        } else {
            add(where, params, "assignee", assignee);
        }
        add(where, params, "priority", priority == null ? null : priority.label());
        add(where, params, "intent", intent);
        add(where, params, "sentiment", sentiment);
        return where.toString();
    }

    private static void add(StringBuilder where, List<Object> params, String column, Object value) {
        if (value != null) {
            where.append(" and ").append(column).append(" = ?");
            params.add(value);
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static int number(Map<String, String> params, String name, int fallback, int min, int max) {
        String value = blank(params.get(name));
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw new IllegalArgumentException("'" + name + "' must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + name + "' must be a number, not '" + value + "'");
        }
    }

    static List<Object> params() {
        return new ArrayList<>();
    }
}
