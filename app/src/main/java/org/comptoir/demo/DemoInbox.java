package org.comptoir.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.comptoir.account.Accounts;
import org.comptoir.account.Role;
import org.comptoir.inbox.Conversation;
import org.comptoir.inbox.ConversationStatus;
import org.comptoir.inbox.Inbox;
import org.comptoir.inbox.Priority;
import org.comptoir.inbox.ResponseTargets;
import org.comptoir.inbox.Routing;
import org.comptoir.inbox.RoutingRule;
import org.comptoir.query.QuerySyntaxException;
import org.comptoir.team.Team;
import org.comptoir.team.Teams;
import org.comptoir.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo workspace's inbox organisation: departments with their hours and members (the demo users, when they
 * exist), response targets, and ordered routing rules, then applied to the {@value #ROUTED} newest conversations still
 * open or pending so the inbox opens on routed work. Done once, when the demo workspace has no team yet; older and
 * resolved conversations are left as they are, which keeps the first start fast (a few seconds at most).
 */
public final class DemoInbox {
    private static final Logger LOG = LoggerFactory.getLogger(DemoInbox.class);
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** How many of the newest waiting conversations the rules are applied to (each change is a timeline event and an audit row). */
    static final int ROUTED = 100;

    private record Plan(String name, String label, String hours, List<String> members) {
    }

    static final List<Plan> TEAMS = List.of(
            new Plan("support", "Service client", "mon-fri 09:00-19:00; sat 09:00-13:00", List.of("demo-agent", "demo-manager")),
            new Plan("reseau", "Incidents réseau (Grelot Mobile)", "mon-sun 00:00-24:00", List.of("demo-agent")),
            new Plan("communication", "Communication et réseaux sociaux", "mon-fri 09:30-18:30", List.of("demo-manager")),
            new Plan("ventes", "Ventes et boutiques", "mon-fri 09:00-12:30 13:30-18:00; sat 10:00-17:00", List.of("demo-admin", "demo-agent")));

    private DemoInbox() {
    }

    /** Sets the demo inbox up unless it has teams already; returns how many open conversations a rule routed. */
    public static int setUpIfAbsent(Teams teams, Routing routing, Inbox inbox, Accounts accounts, Clock clock) {
        String demo = Workspace.DEMO;
        if (!teams.list(demo).isEmpty()) {
            return 0;
        }
        long started = System.nanoTime();
        List<LocalDate> holidays = holidays(LocalDate.ofInstant(clock.instant(), PARIS).getYear());
        for (Plan plan : TEAMS) {
            List<String> members = plan.members().stream()
                    .filter(user -> accounts.roleIn(user, demo).map(r -> r.includes(Role.AGENT)).orElse(false)).toList();
            teams.save(new Team(demo, plan.name(), plan.label(), PARIS, plan.hours(), holidays, members));
        }
        inbox.targets().save(demo, new ResponseTargets.Settings("mon-fri 09:00-18:00", holidays, Map.of(
                Priority.URGENT, new ResponseTargets.Target(60, 8 * 60), Priority.HIGH, new ResponseTargets.Target(2 * 60, 16 * 60),
                Priority.NORMAL, new ResponseTargets.Target(8 * 60, 40 * 60), Priority.LOW, new ResponseTargets.Target(24 * 60, 80 * 60))));
        try {
            for (RoutingRule rule : rules(demo)) {
                routing.create(rule);
            }
        } catch (QuerySyntaxException e) {
            throw new IllegalStateException("a demo routing rule does not parse", e);
        }
        Instant now = clock.instant();
        List<Conversation> recent = inbox.openedBetween(demo, now.minus(Duration.ofDays(14)), now.plusSeconds(1)).stream()
                .filter(c -> c.status() != ConversationStatus.RESOLVED).toList();
        List<Long> waiting = recent.subList(Math.max(0, recent.size() - ROUTED), recent.size()).stream().map(Conversation::id).toList();
        int routed = routing.route(demo, waiting);
        LOG.info("Demo inbox: {} teams, {} routing rules, {} of {} waiting conversations routed in {} ms", TEAMS.size(),
                rules(demo).size(), routed, waiting.size(), (System.nanoTime() - started) / 1_000_000);
        return routed;
    }

    static List<RoutingRule> rules(String demo) {
        return List.of(
                rule(demo, "Clients prêts à partir", when(null, List.of("churn_risk"), null),
                        then("support", "least-loaded", "urgent", List.of("fidélisation"))),
                rule(demo, "Pannes réseau Grelot", when(List.of("Grelot Mobile"), List.of("complaint", "question"),
                        "réseau OR panne OR 4G OR 5G OR coupure OR signal"), then("reseau", "round-robin", "high", List.of("réseau"))),
                rule(demo, "Réclamations", when(null, List.of("complaint"), null), then("support", "least-loaded", "high", List.of())),
                rule(demo, "Questions", when(null, List.of("question"), null), then("support", "round-robin", null, List.of())),
                rule(demo, "Intentions d'achat", when(null, List.of("purchase_intent"), null),
                        then("ventes", "round-robin", null, List.of("prospect"))),
                rule(demo, "Remerciements", when(null, List.of("praise"), null), then("communication", null, "low", List.of("merci"))));
    }

    private static RoutingRule rule(String demo, String name, RoutingRule.Conditions when, RoutingRule.Actions then) {
        return new RoutingRule(0, demo, 0, name, true, when, then, false);
    }

    private static RoutingRule.Conditions when(List<String> topics, List<String> intents, String query) {
        return new RoutingRule.Conditions(topics, intents, null, null, null, query, null, null);
    }

    private static RoutingRule.Actions then(String team, String assign, String priority, List<String> tags) {
        return new RoutingRule.Actions(team, assign, priority, tags, false, false);
    }

    /** France's fixed public holidays of {@code year} (the movable ones are left out of the demo). */
    static List<LocalDate> holidays(int year) {
        return List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 8), LocalDate.of(year, 7, 14),
                LocalDate.of(year, 8, 15), LocalDate.of(year, 11, 1), LocalDate.of(year, 11, 11), LocalDate.of(year, 12, 25));
    }
}
