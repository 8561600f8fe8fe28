package org.comptoir.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.comptoir.events.Actor;
import org.comptoir.events.Events;
import org.comptoir.pipeline.Pipelines;
import org.comptoir.query.QueryParser;
import org.comptoir.query.QuerySyntaxException;
import org.comptoir.store.PostIndex;
import org.comptoir.store.PostQuery;
import org.comptoir.team.Teams;

/**
 * Routing rules: kept in order per workspace, applied to each conversation as it opens ({@link ConversationsOpened}),
 * and tried without changing anything on the existing conversations (the dry-run). Each change a rule makes is
 * written in the timeline by {@code routing:<rule>}, like a person's.
 */
public final class Routing {
    public static final String SPAM = "spam";
    public static final int DRY_RUN_LIST = 200;
    private final RoutingRuleRepository rules;
    private final ConversationRepository conversations;
    private final Inbox inbox;
    private final Teams teams;
    private final Pipelines pipelines;
    private final AuthorLevels levels;
    private final ContactTags contactTags;
    private final Clock clock;

    /** An author's level in the engagement pyramid when a conversation opened (analytics, wired by the composition root). */
    public interface AuthorLevels {
        Optional<String> level(String workspace, String network, String handle, Instant at);
    }

    /** The tags of the contact holding an author's account (contacts, wired by the composition root), none without a contact. */
    public interface ContactTags {
        List<String> of(String workspace, String network, String handle);
    }

    public Routing(RoutingRuleRepository rules, ConversationRepository conversations, Inbox inbox, Teams teams, Pipelines pipelines,
                   AuthorLevels levels, ContactTags contactTags, Events events, Clock clock) {
        this.contactTags = contactTags;
        this.rules = rules;
        this.conversations = conversations;
        this.inbox = inbox;
        this.teams = teams;
        this.pipelines = pipelines;
        this.levels = levels;
        this.clock = clock;
        events.subscribe(ConversationsOpened.class, e -> route(e.workspace(), e.conversationIds()));
    }

    public List<RoutingRule> rules(String workspace) {
        return rules.list(workspace);
    }

    public Optional<RoutingRule> rule(String workspace, long id) {
        return rules.find(workspace, id);
    }

    public RoutingRule create(RoutingRule rule) throws QuerySyntaxException {
        check(rule);
        return rules.find(rule.workspace(), rules.insert(rule, clock.instant())).orElseThrow();
    }

    public Optional<RoutingRule> update(RoutingRule rule) throws QuerySyntaxException {
        check(rule);
        return rules.update(rule) ? rules.find(rule.workspace(), rule.id()) : Optional.empty();
    }

    public boolean delete(String workspace, long id) {
        return rules.delete(workspace, id);
    }

    private void check(RoutingRule rule) throws QuerySyntaxException {
        if (rule.when().query() != null) {
            QueryParser.parse(rule.when().query());
        }
        if (rule.then().team() != null && teams.find(rule.workspace(), rule.then().team()).isEmpty()) {
            throw new IllegalArgumentException("no team '" + rule.then().team() + "' in workspace '" + rule.workspace() + "'");
        }
    }

    /** One conversation the dry-run found, with what the rule would change. */
    public record Hit(Conversation conversation, List<String> would) {
    }

    /** The dry-run's answer: conversations looked at, how many the rule would have routed, the first {@link #DRY_RUN_LIST}. */
    public record DryRun(int scanned, int matched, List<Hit> conversations) {
    }

    /** Which of the workspace's existing conversations {@code rule} would route, changing nothing. */
    public DryRun dryRun(RoutingRule rule) throws QuerySyntaxException {
        check(rule);
        List<Conversation> all = conversations.all(rule.workspace(), "", List.of());
        Facts facts = new Facts(rule.workspace(), all, List.of(rule));
        List<Hit> hits = new ArrayList<>();
        int matched = 0;
        for (Conversation c : all) {
            if (Router.matches(rule.when(), facts.of(c), facts.queryMatches.get(rule.when().query()))) {
                matched++;
                if (hits.size() < DRY_RUN_LIST) {
                    hits.add(new Hit(c, Router.describe(rule.then())));
                }
            }
        }
        return new DryRun(all.size(), matched, hits);
    }

    /** Applies the workspace's enabled rules, in order, to these newly opened conversations. Returns how many a rule matched. */
    public int route(String workspace, List<Long> ids) {
        List<RoutingRule> enabled = rules.list(workspace).stream().filter(RoutingRule::enabled).toList();
        if (enabled.isEmpty() || ids.isEmpty()) {
            return 0;
        }
        List<Conversation> opened = ids.stream().map(id -> conversations.find(workspace, id)).flatMap(Optional::stream).toList();
        Facts facts = new Facts(workspace, opened, enabled);
        int routed = 0;
        for (Conversation c : opened) {
            Conversation now = c;
            boolean any = false;
            for (RoutingRule rule : enabled) {
                if (!Router.matches(rule.when(), facts.of(now, c), facts.queryMatches.get(rule.when().query()))) {
                    continue;
                }
                any = true;
                now = apply(rule, now);
                if (!rule.continues()) {
                    break;
                }
            }
            routed += any ? 1 : 0;
        }
        return routed;
    }

    private Conversation apply(RoutingRule rule, Conversation c) {
        RoutingRule.Actions then = rule.then();
        Actor actor = new Actor("routing:" + rule.name(), null);
        String team = then.team() != null ? then.team() : c.team();
        String assignee = then.assign() == null ? null : pick(c.workspace(), team, then.assign()).orElse(null);
        LinkedHashSet<String> tags = new LinkedHashSet<>(c.tags());
        tags.addAll(then.tags());
        boolean spam = Boolean.TRUE.equals(then.spam());
        if (spam) {
            tags.add(SPAM);
        }
        boolean resolve = spam || Boolean.TRUE.equals(then.resolve());
        ConversationChange change = new ConversationChange(resolve ? ConversationStatus.RESOLVED : null, null,
                then.priority() == null ? null : Priority.fromLabel(then.priority()), then.team(), assignee, List.copyOf(tags), null);
        return actor.run(() -> inbox.update(c.workspace(), c.id(), change));
    }

    /** A member of {@code team} who may be assigned: the next after the last one (round-robin) or the one with the fewest open conversations. */
    Optional<String> pick(String workspace, String team, String strategy) {
        List<String> members = team == null ? List.of() : teams.assignable(workspace, team);
        if (members.isEmpty()) {
            return Optional.empty();
        }
        if ("least-loaded".equals(strategy)) {
            Map<String, Long> load = conversations.load(workspace, members);
            return members.stream().min((a, b) -> load.get(a).equals(load.get(b)) ? a.compareTo(b) : Long.compare(load.get(a), load.get(b)));
        }
        String last = rules.lastAssignee(workspace, team).orElse("");
        String next = members.stream().filter(m -> m.compareTo(last) > 0).findFirst().orElse(members.get(0));
        rules.rotated(workspace, team, next);
        return Optional.of(next);
    }

    /** What routing needs to know of a set of conversations, read once: opening posts, query matches, levels (lazily). */
    private final class Facts {
        private final String workspace;
        private final PostIndex index;
        private final Map<String, Set<String>> queryMatches = new HashMap<>();
        private final Map<Long, Optional<String>> levelCache = new HashMap<>();
        private final Map<Long, List<String>> contactTagCache = new HashMap<>();
        private final boolean needPost;

        Facts(String workspace, List<Conversation> list, List<RoutingRule> rulesUsed) {
            this.workspace = workspace;
            this.index = pipelines.get(workspace).index();
            this.needPost = rulesUsed.stream().anyMatch(r -> !r.when().topic().isEmpty() || !r.when().language().isEmpty());
            Set<String> roots = new HashSet<>();
            list.forEach(c -> roots.add(c.rootPost()));
            Instant from = list.stream().map(Conversation::openedAt).min(Instant::compareTo).orElse(Instant.EPOCH);
            Instant to = list.stream().map(Conversation::openedAt).max(Instant::compareTo).orElse(Instant.EPOCH).plusMillis(1);
            for (RoutingRule rule : rulesUsed) {
                String q = rule.when().query();
                if (q != null && !queryMatches.containsKey(q)) {
                    Set<String> hits = new HashSet<>();
                    try {
                        index.forEach(new PostQuery(QueryParser.parse(q), null, from, to, null, 1, null), p -> {
                            if (roots.contains(p.post().id())) {
                                hits.add(p.post().id());
                            }
                        });
                    } catch (QuerySyntaxException e) {
                        throw new IllegalArgumentException(e.getMessage(), e);
                    }
                    queryMatches.put(q, hits);
                }
            }
        }

        Router.Facts of(Conversation c) {
            return of(c, c);
        }

        /** The facts of {@code now} (as earlier rules left it), whose opening post and author are those of {@code opened}. */
        Router.Facts of(Conversation now, Conversation opened) {
            return new Router.Facts(now, needPost ? index.get(opened.rootPost()).orElse(null) : null, () -> levelCache.computeIfAbsent(opened.id(),
                    k -> levels.level(workspace, opened.network(), opened.authorHandle(), opened.openedAt())),
                    () -> contactTagCache.computeIfAbsent(opened.id(), k -> contactTags.of(workspace, opened.network(), opened.authorHandle())));
        }
    }
}
