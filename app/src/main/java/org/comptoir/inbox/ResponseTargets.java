package org.comptoir.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.comptoir.sql.Sql;
import org.comptoir.team.BusinessHours;
import org.comptoir.team.HoursSpec;
import org.comptoir.team.Team;
import org.comptoir.team.Teams;

/**
 * Response-time targets per workspace and priority (first response and resolution within so many working minutes),
 * the workspace's own business hours (for conversations without a team), and the deadlines they give a conversation:
 * counted from its opening in its team's hours, or the workspace's. A deadline is "soon" when at most a quarter of
 * its target's working time is left.
 */
public final class ResponseTargets {
    public static final String DEFAULT_HOURS = "mon-fri 09:00-18:00";
    private final DataSource dataSource;
    private final Teams teams;
    private final Function<String, ZoneId> zoneOf;
    private final Clock clock;

    private final ConversationRepository conversations;

    public ResponseTargets(DataSource dataSource, Teams teams, Function<String, ZoneId> zoneOf, Clock clock) {
        this.dataSource = dataSource;
        this.conversations = new ConversationRepository(dataSource);
        this.teams = teams;
        this.zoneOf = zoneOf;
        this.clock = clock;
    }

    /** A priority's targets, in working minutes. */
    public record Target(int firstResponseMinutes, int resolutionMinutes) {
        public Target {
            if (firstResponseMinutes < 1 || resolutionMinutes < 1 || firstResponseMinutes > 525_600 || resolutionMinutes > 525_600) {
                throw new IllegalArgumentException("a target is between 1 minute and 8,760 working hours");
            }
            if (resolutionMinutes < firstResponseMinutes) {
                throw new IllegalArgumentException("resolution cannot be due before the first response");
            }
        }
    }

    /** The workspace's hours (when a conversation has no team) and its targets per priority. */
    public record Settings(String hours, List<LocalDate> holidays, Map<Priority, Target> targets) {
        public Settings {
            hours = HoursSpec.format(HoursSpec.parse(hours));
            holidays = holidays == null ? List.of() : List.copyOf(holidays);
            targets = targets == null ? Map.of() : Map.copyOf(targets);
        }
    }

    public Settings settings(String workspace) {
        Map<Priority, Target> targets = new EnumMap<>(Priority.class);
        Sql.query(dataSource, "select priority, first_response_min, resolution_min from response_target where workspace = ?",
                row -> targets.put(Priority.fromLabel(row.getString(1)), new Target(row.getInt(2), row.getInt(3))), workspace);
        return Sql.query(dataSource, "select hours, holidays from inbox_hours where workspace = ?", row -> new Settings(row.getString(1),
                row.getString(2).isEmpty() ? List.of() : Arrays.stream(row.getString(2).split(",")).map(LocalDate::parse).toList(), targets),
                workspace).stream().findFirst().orElse(new Settings(DEFAULT_HOURS, List.of(), targets));
    }

    public Settings save(String workspace, Settings settings) {
        Sql.inTransaction(dataSource, connection -> {
            for (String sql : List.of("delete from response_target where workspace = ?", "delete from inbox_hours where workspace = ?")) {
                try (var delete = Sql.prepare(connection, sql, workspace)) {
                    delete.executeUpdate();
                }
            }
            try (var insert = Sql.prepare(connection, "insert into inbox_hours (workspace, hours, holidays) values (?, ?, ?)", workspace,
                    settings.hours(), String.join(",", settings.holidays().stream().map(LocalDate::toString).toList()))) {
                insert.executeUpdate();
            }
            for (var t : settings.targets().entrySet()) {
                try (var insert = Sql.prepare(connection, "insert into response_target (workspace, priority, first_response_min, "
                        + "resolution_min) values (?, ?, ?, ?)", workspace, t.getKey().label(), t.getValue().firstResponseMinutes(),
                        t.getValue().resolutionMinutes())) {
                    insert.executeUpdate();
                }
            }
            return null;
        });
        return settings(workspace);
    }

    /** Deadlines of many conversations of one workspace, reading settings and teams once. */
    public Map<Long, Deadline> deadlines(String workspace, List<Conversation> conversations) {
        Calculator calculator = calculator(workspace);
        Map<Long, Deadline> out = new HashMap<>();
        conversations.forEach(c -> out.put(c.id(), calculator.deadline(c)));
        return out;
    }

    Calculator calculator(String workspace) {
        return new Calculator(workspace, settings(workspace), conversations.pauses(workspace), clock.instant());
    }

    /** Computes deadlines with one workspace's settings, caching each team's hours. */
    final class Calculator {
        private final String workspace;
        private final Settings settings;
        private final Instant now;
        private final Map<String, BusinessHours> hours = new HashMap<>();
        private final Map<Long, List<PausedClock.Pause>> pauses;

        Calculator(String workspace, Settings settings, Map<Long, List<PausedClock.Pause>> pauses, Instant now) {
            this.pauses = pauses;
            this.workspace = workspace;
            this.settings = settings;
            this.now = now;
        }

        BusinessHours hours(String team) {
            return hours.computeIfAbsent(team == null ? "" : team, t -> teams.find(workspace, team).map(Team::businessHours)
                    .orElseGet(() -> new BusinessHours(zoneOf.apply(workspace), HoursSpec.parse(settings.hours()),
                            new HashSet<>(settings.holidays()))));
        }

        Target target(Priority priority) {
            return settings.targets().get(priority);
        }

        Deadline deadline(Conversation c) {
            return compute(c, target(c.priority()), hours(c.team()), pauses.getOrDefault(c.id(), List.of()), now);
        }
    }

    /** The deadlines of {@code c} under {@code target} counted in {@code hours}, and its state at {@code now}. */
    static Deadline compute(Conversation c, Target target, BusinessHours hours, Instant now) {
        return compute(c, target, hours, List.of(), now);
    }

    /**
     * Like {@link #compute(Conversation, Target, BusinessHours, Instant)}, both clocks stopping during {@code pauses}
     * (the conversation's snoozes): a snoozed conversation neither uses up its targets nor breaches them meanwhile.
     */
    static Deadline compute(Conversation c, Target target, BusinessHours hours, List<PausedClock.Pause> pauses, Instant now) {
        if (target == null || c.tags().contains(Routing.SPAM)) {
            return Deadline.NONE;
        }
        Instant first = PausedClock.due(hours, c.openedAt(), Duration.ofMinutes(target.firstResponseMinutes()), pauses, now);
        Instant resolution = PausedClock.due(hours, c.openedAt(), Duration.ofMinutes(target.resolutionMinutes()), pauses, now);
        boolean firstLate = c.firstResponseAt() == null ? now.isAfter(first) : c.firstResponseAt().isAfter(first);
        if (c.status() == ConversationStatus.RESOLVED) {
            boolean late = firstLate || c.resolvedAt() != null && c.resolvedAt().isAfter(resolution);
            return new Deadline(first, resolution, late ? Deadline.State.MISSED : Deadline.State.MET);
        }
        if (firstLate || now.isAfter(resolution)) {
            return new Deadline(first, resolution, Deadline.State.BREACH);
        }
        boolean soon = c.firstResponseAt() == null && near(hours, now, first, target.firstResponseMinutes())
                || near(hours, now, resolution, target.resolutionMinutes());
        return new Deadline(first, resolution, soon ? Deadline.State.SOON : Deadline.State.OK);
    }

    private static boolean near(BusinessHours hours, Instant now, Instant due, int targetMinutes) {
        return hours.between(now, due).toSeconds() * 4 <= targetMinutes * 60L;
    }
}
