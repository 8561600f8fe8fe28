package org.comptoir.inbox;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A routing rule: when every given condition holds for a newly opened conversation (each list matches any of its
 * values), its actions apply; rules run in {@code position} order and the first that matches stops the others
 * unless it says {@code continues}.
 */
public record RoutingRule(long id, String workspace, int position, String name, boolean enabled, Conditions when,
                          Actions then, boolean continues) {
    static final Set<String> LEVELS = Set.of("audience", "participant", "conversant", "advocate");
    static final Set<String> STRATEGIES = Set.of("round-robin", "least-loaded");

    public RoutingRule {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("a rule needs a name of 1 to 100 characters");
        }
        name = name.strip();
        when = when == null ? new Conditions(null, null, null, null, null, null, null, null, null) : when;
        if (then == null || then.isEmpty()) {
            throw new IllegalArgumentException("a rule needs at least one action (team, assign, priority, tags, spam, resolve)");
        }
    }

    /**
     * What a conversation must be; null or empty means any. {@code query} is the dialect, on the opening post;
     * {@code tags} are the conversation's, {@code contactTags} those of the contact holding the author's account.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Conditions(List<String> topic, List<String> intent, List<String> sentiment, List<String> language,
                             List<String> network, String query, List<String> authorLevel, List<String> tags,
                             List<String> contactTags) {
        /** Conditions without contact tags. */
        public Conditions(List<String> topic, List<String> intent, List<String> sentiment, List<String> language,
                          List<String> network, String query, List<String> authorLevel, List<String> tags) {
            this(topic, intent, sentiment, language, network, query, authorLevel, tags, null);
        }

        public Conditions {
            topic = clean(topic, false);
            intent = clean(intent, true);
            sentiment = clean(sentiment, true);
            language = clean(language, true);
            network = clean(network, true);
            query = query == null || query.isBlank() ? null : query.strip();
            authorLevel = clean(authorLevel, true);
            tags = clean(tags, true);
            contactTags = clean(contactTags, true);
            authorLevel.stream().filter(l -> !LEVELS.contains(l)).findFirst().ifPresent(l -> {
                throw new IllegalArgumentException("unknown author level '" + l + "' (expected audience, participant, conversant or advocate)");
            });
        }
    }

    /** What happens to a matching conversation; null or false means nothing. {@code assign}: round-robin or least-loaded among the team's members. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Actions(String team, String assign, String priority, List<String> tags, Boolean spam, Boolean resolve) {
        public Actions {
            team = team == null || team.isBlank() ? null : team.strip();
            assign = assign == null || assign.isBlank() ? null : assign.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            if (assign != null && !STRATEGIES.contains(assign)) {
                throw new IllegalArgumentException("unknown assign '" + assign + "' (expected round-robin or least-loaded)");
            }
            priority = priority == null || priority.isBlank() ? null : Priority.fromLabel(priority).label();
            tags = clean(tags, true);
        }

        boolean isEmpty() {
            return team == null && assign == null && priority == null && tags.isEmpty() && !Boolean.TRUE.equals(spam)
                    && !Boolean.TRUE.equals(resolve);
        }
    }

    private static List<String> clean(List<String> values, boolean lower) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank())
                .map(v -> lower ? v.strip().toLowerCase(Locale.ROOT) : v.strip()).distinct().toList();
    }

    RoutingRule withId(long newId, int newPosition) {
        return new RoutingRule(newId, workspace, newPosition, name, enabled, when, then, continues);
    }
}
