package org.comptoir.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.comptoir.Comptoir;
import org.comptoir.account.Role;
import org.comptoir.enrich.Enricher;
import org.comptoir.pipeline.Pipeline;
import org.comptoir.post.Analysis;
import org.comptoir.post.Author;
import org.comptoir.post.Intent;
import org.comptoir.post.Metrics;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import org.comptoir.post.Sentiment;
import org.comptoir.store.StoredPost;
import org.comptoir.team.Team;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Routing rules: each condition and action, order and "continue", round-robin and least-loaded, the dry-run. */
class RoutingTest {
    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    static final Author MARIE = new Author("2", "@marie", "Marie", 10L);
    static final Author PAUL = new Author("3", "@paul", "Paul", 10L);
    static final Author LEA = new Author("4", "@lea", "Léa", 10L);
    @TempDir
    Path dir;
    Comptoir comptoir;
    Routing routing;

    @BeforeEach
    void open() {
        comptoir = Comptoir.open(dir, Enricher.none(), Clock.fixed(NOW, ZoneOffset.UTC));
        comptoir.workspaces().create("w", "w", null);
        comptoir.employees().replace("w", List.of("@fournil"));
        for (String agent : List.of("a1", "a2", "a3")) {
            comptoir.accounts().add(agent, "agent-password", false);
            comptoir.accounts().grant(agent, "w", Role.AGENT);
        }
        comptoir.accounts().add("viewer", "viewer-password", false);
        comptoir.accounts().grant("viewer", "w", Role.VIEWER);
        comptoir.teams().save(team("support", List.of("a1", "a2")));
        routing = comptoir.routing();
    }

    @AfterEach
    void close() {
        comptoir.close();
    }

    static Team team(String name, List<String> members) {
        return new Team("w", name, null, ZoneId.of("Europe/Paris"), "mon-fri 09:00-18:00", List.of(), members);
    }

    static Post post(String id, Author author, String text, String at, String inReplyTo) {
        return new Post(id, Network.X, "https://x.example/" + id, author, text, null, "fr", Instant.parse(at), inReplyTo,
                Metrics.NONE, null, null);
    }

    void store(Post... posts) {
        Pipeline pipeline = comptoir.pipelines().get("w");
        pipeline.process(List.of(posts));
        pipeline.commit();
    }

    Conversation of(String rootPost) throws Exception {
        return comptoir.inbox().list("w", InboxQuery.all()).conversations().stream().filter(c -> c.rootPost().equals(rootPost))
                .findFirst().orElseThrow();
    }

    static RoutingRule.Conditions when(String query) {
        return new RoutingRule.Conditions(null, null, null, null, null, query, null, null);
    }

    static RoutingRule.Actions then(String team, String assign, String priority, List<String> tags, boolean spam, boolean resolve) {
        return new RoutingRule.Actions(team, assign, priority, tags, spam, resolve);
    }

    RoutingRule rule(String name, RoutingRule.Conditions when, RoutingRule.Actions then, boolean continues) throws Exception {
        return routing.create(new RoutingRule(0, "w", 0, name, true, when, then, continues));
    }

    // conditions, one by one, on the pure evaluation
    static Conversation conversation(String network, String intent, String sentiment, List<String> tags) {
        return new Conversation(1, "w", ConversationStatus.OPEN, null, Priority.NORMAL, null, null, tags, network, "@marie", "Marie",
                "x:1", "texte", intent, sentiment, NOW, NOW, NOW, null, null);
    }

    static Router.Facts facts(Conversation c, List<String> topics, String lang, String level) {
        Post p = new Post("x:1", Network.X, null, MARIE, "texte", null, null, NOW, null, Metrics.NONE, null,
                new Analysis(lang, Sentiment.NEGATIVE, 0.9, Intent.COMPLAINT, List.of()));
        return new Router.Facts(c, new StoredPost(p, topics), () -> Optional.ofNullable(level));
    }

    @Test
    void eachConditionMatchesAnyOfItsValuesAndAllGivenConditionsMustHold() {
        Conversation c = conversation("x", "complaint", "negative", List.of("vip"));
        Router.Facts f = facts(c, List.of("grelot"), "fr", "advocate");
        record Case(RoutingRule.Conditions yes, RoutingRule.Conditions no) {
        }
        List<Case> cases = List.of(
                new Case(new RoutingRule.Conditions(List.of("grelot", "autre"), null, null, null, null, null, null, null),
                        new RoutingRule.Conditions(List.of("autre"), null, null, null, null, null, null, null)),
                new Case(new RoutingRule.Conditions(null, List.of("complaint"), null, null, null, null, null, null),
                        new RoutingRule.Conditions(null, List.of("praise"), null, null, null, null, null, null)),
                new Case(new RoutingRule.Conditions(null, null, List.of("Negative"), null, null, null, null, null),
                        new RoutingRule.Conditions(null, null, List.of("positive"), null, null, null, null, null)),
                new Case(new RoutingRule.Conditions(null, null, null, List.of("fr", "en"), null, null, null, null),
                        new RoutingRule.Conditions(null, null, null, List.of("en"), null, null, null, null)),
                new Case(new RoutingRule.Conditions(null, null, null, null, List.of("x"), null, null, null),
                        new RoutingRule.Conditions(null, null, null, null, List.of("mastodon"), null, null, null)),
                new Case(new RoutingRule.Conditions(null, null, null, null, null, null, List.of("advocate"), null),
                        new RoutingRule.Conditions(null, null, null, null, null, null, List.of("audience"), null)),
                new Case(new RoutingRule.Conditions(null, null, null, null, null, null, null, List.of("vip")),
                        new RoutingRule.Conditions(null, null, null, null, null, null, null, List.of("presse"))),
                new Case(new RoutingRule.Conditions(List.of("grelot"), List.of("complaint"), null, null, List.of("x"), null, null, null),
                        new RoutingRule.Conditions(List.of("grelot"), List.of("complaint"), null, null, List.of("bluesky"), null, null, null)));
        for (Case k : cases) {
            assertThat(Router.matches(k.yes(), f, Set.of())).as("matches " + k.yes()).isTrue();
            assertThat(Router.matches(k.no(), f, Set.of())).as("does not match " + k.no()).isFalse();
        }
        assertThat(Router.matches(when("panne"), f, Set.of("x:1"))).as("the query matched the opening post").isTrue();
        assertThat(Router.matches(when("panne"), f, Set.of("x:9"))).isFalse();
        assertThat(Router.matches(when(null), f, null)).as("no condition: every conversation").isTrue();
        assertThat(Router.matches(new RoutingRule.Conditions(null, null, null, null, null, null, List.of("audience"), null),
                facts(c, List.of(), "fr", null), Set.of())).as("an author without a level matches no level").isFalse();
        assertThatThrownBy(() -> new RoutingRule.Conditions(null, null, null, null, null, null, List.of("fan"), null))
                .hasMessageContaining("audience, participant");
    }

    @Test
    void aQueryRuleSetsTeamPriorityAndTagsWhenAConversationOpensAndTheTimelineSaysWhichRule() throws Exception {
        rule("pannes", when("panne OR réseau"), then("support", null, "high", List.of("réseau"), false, false), false);
        store(post("x:1", MARIE, "@fournil encore une panne", "2026-03-10T08:00:00Z", null),
                post("x:2", PAUL, "@fournil bravo", "2026-03-10T08:00:00Z", null));
        Conversation routed = of("x:1");
        assertThat(routed.team()).isEqualTo("support");
        assertThat(routed.priority()).isEqualTo(Priority.HIGH);
        assertThat(routed.tags()).containsExactly("réseau");
        assertThat(of("x:2").team()).isNull();
        assertThat(comptoir.inbox().get("w", routed.id()).timeline()).filteredOn(i -> i.kind() == TimelineItem.Kind.EVENT)
                .extracting(TimelineItem::author).containsOnly("routing:pannes");
    }

    @Test
    void theFirstMatchingRuleWinsUnlessItSaysContinue() throws Exception {
        comptoir.teams().save(team("produit", List.of("a3")));
        rule("tag everything", when(null), then(null, null, null, List.of("vu"), false, false), true);
        rule("product", when("appli"), then("produit", null, null, null, false, false), false);
        rule("never reached", when("appli"), then("support", null, "urgent", null, false, false), false);
        store(post("x:1", MARIE, "@fournil l'appli plante", "2026-03-10T08:00:00Z", null));
        Conversation c = of("x:1");
        assertThat(c.tags()).containsExactly("vu");
        assertThat(c.team()).isEqualTo("produit");
        assertThat(c.priority()).isEqualTo(Priority.NORMAL);
    }

    @Test
    void roundRobinTakesTheTeamsMembersInTurn() throws Exception {
        rule("support", when(null), then("support", "round-robin", null, null, false, false), false);
        store(post("x:1", MARIE, "@fournil un", "2026-03-10T08:00:00Z", null));
        store(post("x:2", PAUL, "@fournil deux", "2026-03-10T08:01:00Z", null));
        store(post("x:3", LEA, "@fournil trois", "2026-03-10T08:02:00Z", null));
        assertThat(List.of(of("x:1").assignee(), of("x:2").assignee(), of("x:3").assignee())).containsExactly("a1", "a2", "a1");
    }

    @Test
    void leastLoadedTakesTheMemberWithFewestOpenConversationsAndSkipsMembersNoLongerAgents() throws Exception {
        store(post("x:1", MARIE, "@fournil un", "2026-03-10T08:00:00Z", null),
                post("x:2", PAUL, "@fournil deux", "2026-03-10T08:01:00Z", null));
        comptoir.inbox().update("w", of("x:1").id(), new ConversationChange(null, null, null, null, "a1", null, null));
        comptoir.inbox().update("w", of("x:2").id(), new ConversationChange(null, null, null, null, "a1", null, null));
        rule("support", when(null), then("support", "least-loaded", null, null, false, false), false);
        store(post("x:3", LEA, "@fournil trois", "2026-03-10T08:02:00Z", null));
        assertThat(of("x:3").assignee()).isEqualTo("a2");
        comptoir.accounts().grant("a2", "w", Role.VIEWER);
        store(post("x:4", new Author("5", "@zoe", "Zoé", 1L), "@fournil quatre", "2026-03-10T08:03:00Z", null));
        assertThat(of("x:4").assignee()).as("a2 is only a viewer now").isEqualTo("a1");
    }

    @Test
    void spamIsTaggedAndResolvedAndAReplyInItsThreadDoesNotReopenIt() throws Exception {
        rule("spam", when("crypto"), then(null, null, null, null, true, false), false);
        rule("merci", when("merci"), then(null, null, "low", null, false, true), false);
        store(post("x:1", MARIE, "@fournil gagnez des crypto", "2026-03-10T08:00:00Z", null),
                post("x:2", PAUL, "@fournil merci pour tout", "2026-03-10T08:00:00Z", null));
        Conversation spam = of("x:1");
        assertThat(spam.tags()).containsExactly(Routing.SPAM);
        assertThat(spam.status()).isEqualTo(ConversationStatus.RESOLVED);
        assertThat(of("x:2").status()).isEqualTo(ConversationStatus.RESOLVED);
        assertThat(of("x:2").priority()).isEqualTo(Priority.LOW);
        store(post("x:3", LEA, "moi aussi des crypto", "2026-03-10T09:00:00Z", "x:1"));
        assertThat(of("x:1").status()).as("spam stays resolved").isEqualTo(ConversationStatus.RESOLVED);
    }

    @Test
    void theAuthorsPyramidLevelComesFromTheirPostsOfTheLast30Days() throws Exception {
        rule("conversants", new RoutingRule.Conditions(null, null, null, null, null, null, List.of("conversant", "advocate"), null),
                then("support", null, null, null, false, false), false);
        store(post("x:0", LEA, "un fil sans rapport", "2026-03-01T08:00:00Z", null),
                post("x:1", PAUL, "je réponds", "2026-03-02T08:00:00Z", "x:0"));
        store(post("x:2", PAUL, "@fournil bonjour", "2026-03-10T08:00:00Z", null),
                post("x:3", MARIE, "@fournil bonjour", "2026-03-10T08:00:00Z", null));
        assertThat(of("x:2").team()).as("Paul replied in a thread: conversant").isEqualTo("support");
        assertThat(of("x:3").team()).as("Marie posted once: audience").isNull();
    }

    @Test
    void theDryRunListsWhatARuleWouldRouteAndChangesNothing() throws Exception {
        store(post("x:1", MARIE, "@fournil croissant rassis", "2026-03-10T08:00:00Z", null),
                post("x:2", PAUL, "@fournil baguette crue", "2026-03-10T08:00:00Z", null));
        Routing.DryRun run = routing.dryRun(new RoutingRule(0, "w", 0, "essai", true, when("croissant"),
                then("support", "round-robin", "high", null, false, false), false));
        assertThat(run.scanned()).isEqualTo(2);
        assertThat(run.matched()).isEqualTo(1);
        assertThat(run.conversations()).singleElement().satisfies(h -> {
            assertThat(h.conversation().rootPost()).isEqualTo("x:1");
            assertThat(h.would()).containsExactly("team → support", "assign (round-robin)", "priority → high");
        });
        assertThat(of("x:1").team()).isNull();
        assertThat(of("x:1").assignee()).isNull();
        assertThat(routing.rules("w")).isEmpty();
    }

    @Test
    void rulesAreCheckedOrderedAndChangedThroughTheUseCases() throws Exception {
        assertThatThrownBy(() -> rule("x", when("panne AND ("), then("support", null, null, null, false, false), false))
                .isInstanceOf(org.comptoir.query.QuerySyntaxException.class);
        assertThatThrownBy(() -> rule("x", when(null), then("inconnue", null, null, null, false, false), false))
                .hasMessageContaining("no team 'inconnue'");
        assertThatThrownBy(() -> rule("x", when(null), then(null, null, null, null, false, false), false))
                .hasMessageContaining("at least one action");
        assertThatThrownBy(() -> then(null, "random", null, null, false, false)).hasMessageContaining("round-robin or least-loaded");
        RoutingRule first = rule("a", when(null), then("support", null, null, null, false, false), false);
        RoutingRule second = rule("b", when(null), then("support", null, null, null, false, false), false);
        assertThat(List.of(first.position(), second.position())).containsExactly(1, 2);
        routing.update(new RoutingRule(second.id(), "w", 0, "b", true, when(null), then("support", null, null, null, false, false), false));
        assertThat(routing.rules("w")).extracting(RoutingRule::name).containsExactly("b", "a");
        assertThat(routing.delete("w", first.id())).isTrue();
        assertThat(routing.delete("w", first.id())).isFalse();
        assertThatThrownBy(() -> comptoir.teams().save(team("support", List.of("viewer")))).hasMessageContaining("not an agent");
    }

    @Test
    void aContactTagConditionMatchesAuthorsWhoseContactHasTheTag() {
        Conversation c = conversation("x", "complaint", "negative", List.of());
        RoutingRule.Conditions vip = new RoutingRule.Conditions(null, null, null, null, null, null, null, null, List.of("VIP", "presse"));
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        Router.Facts tagged = new Router.Facts(c, null, Optional::empty, () -> {
            asked.incrementAndGet();
            return List.of("Vip");
        });
        assertThat(Router.matches(vip, tagged, Set.of())).as("any of the values, case aside").isTrue();
        assertThat(Router.matches(vip, new Router.Facts(c, null, Optional::empty, () -> List.of("fidèle")), Set.of())).isFalse();
        assertThat(Router.matches(vip, new Router.Facts(c, null, Optional::empty), Set.of())).as("no contact, no tag").isFalse();
        assertThat(Router.matches(when(null), new Router.Facts(c, null, Optional::empty, () -> {
            throw new AssertionError("contact tags asked without a contact-tag condition");
        }), Set.of())).isTrue();
        assertThat(asked).hasValue(1);
        assertThat(vip.contactTags()).containsExactly("vip", "presse");
    }

    @Test
    void aRuleOnContactTagsRoutesOnlyTheTaggedContactsConversations() throws Exception {
        comptoir.contacts().create("w", "Marie", "", List.of("vip"), List.of(org.comptoir.contact.Identity.parse("x:@marie")));
        comptoir.contacts().create("w", "Paul", "", List.of("presse"), List.of(org.comptoir.contact.Identity.parse("x:paul")));
        rule("clients vip", new RoutingRule.Conditions(null, null, null, null, null, null, null, null, List.of("vip")),
                then("support", null, "urgent", List.of(), false, false), false);
        store(post("x:1", MARIE, "@fournil une question", "2026-03-10T08:00:00Z", null),
                post("x:2", PAUL, "@fournil une question", "2026-03-10T08:00:00Z", null),
                post("x:3", LEA, "@fournil une question", "2026-03-10T08:00:00Z", null));
        assertThat(of("x:1").team()).isEqualTo("support");
        assertThat(of("x:1").priority()).isEqualTo(Priority.URGENT);
        assertThat(of("x:2").team()).as("a contact with other tags").isNull();
        assertThat(of("x:3").team()).as("an author without a contact").isNull();
        Routing.DryRun run = routing.dryRun(new RoutingRule(0, "w", 0, "essai", true,
                new RoutingRule.Conditions(null, null, null, null, null, null, null, null, List.of("presse")),
                then(null, null, "high", List.of(), false, false), false));
        assertThat(run.conversations()).extracting(h -> h.conversation().rootPost()).containsExactly("x:2");
    }
}
