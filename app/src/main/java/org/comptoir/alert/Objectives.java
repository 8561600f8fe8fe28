package org.comptoir.alert;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.comptoir.analytics.Analytics;
import org.comptoir.analytics.Figures;
import org.comptoir.analytics.Selection;
import org.comptoir.query.QuerySyntaxException;
import org.comptoir.sql.Sql;
import org.comptoir.topic.TopicCatalog;

/** A workspace's objectives in SQL and their progress, measured with the dashboard's figures (docs/alerts.md). */
public final class Objectives {
    static final Duration WINDOW = Duration.ofDays(30);
    private final DataSource sql;
    private final Analytics analytics;
    private final TopicCatalog topics;
    private final FirstResponses firstResponses;
    private final Clock clock;

    /**
     * The inbox's median first response time, in working minutes, of the conversations opened in {@code [from, to)}; null when
     * none was answered. The inbox provides it ({@code GET /api/v1/inbox/metrics}); {@code alert} does not depend on it.
     */
    @FunctionalInterface
    public interface FirstResponses {
        Double medianMinutes(String workspace, Instant from, Instant to);
    }

    public Objectives(DataSource sql, Analytics analytics, TopicCatalog topics, FirstResponses firstResponses, Clock clock) {
        this.sql = sql;
        this.analytics = analytics;
        this.topics = topics;
        this.firstResponses = firstResponses;
        this.clock = clock;
    }

    public List<Objective> list(String workspace) {
        return Sql.query(sql, "select * from objective where workspace = ? order by due, name", row -> new Objective(row.getLong("id"),
                row.getString("workspace"), row.getString("name"), Objective.Metric.fromLabel(row.getString("metric")), row.getString("topic"),
                row.getDouble("target"), row.getDate("due").toLocalDate()), workspace);
    }

    public Objective create(Objective o) {
        if (o.topic() != null && topics.find(o.workspace(), o.topic()).isEmpty()) {
            throw new IllegalArgumentException("unknown topic '" + o.topic() + "' in workspace '" + o.workspace() + "'");
        }
        if (list(o.workspace()).stream().anyMatch(x -> x.name().equals(o.name()))) {
            throw new IllegalArgumentException("an objective named '" + o.name() + "' already exists");
        }
        Sql.update(sql, "insert into objective (workspace, name, metric, topic, target, due, created_at) values (?, ?, ?, ?, ?, ?, ?)",
                o.workspace(), o.name(), o.metric().label(), o.topic(), o.target(), Date.valueOf(o.due()), Timestamp.from(clock.instant()));
        return list(o.workspace()).stream().filter(x -> x.name().equals(o.name())).findFirst().orElseThrow();
    }

    public boolean delete(String workspace, long id) {
        return Sql.update(sql, "delete from objective where workspace = ? and id = ?", workspace, id) > 0;
    }

    public Optional<ObjectiveProgress> progress(String workspace, long id) throws QuerySyntaxException {
        Optional<Objective> o = list(workspace).stream().filter(x -> x.id() == id).findFirst();
        return o.isEmpty() ? Optional.empty() : Optional.of(progress(o.get()));
    }

    public List<ObjectiveProgress> progress(String workspace) throws QuerySyntaxException {
        List<ObjectiveProgress> all = new ArrayList<>();
        for (Objective o : list(workspace)) {
            all.add(progress(o));
        }
        return all;
    }

    ObjectiveProgress progress(Objective o) throws QuerySyntaxException {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1);
        List<ObjectiveProgress.Point> trend = new ArrayList<>();
        for (int weeksAgo = 3; weeksAgo >= 0; weeksAgo--) {
            LocalDate day = today.minusWeeks(weeksAgo);
            Double value = measure(o, day.atStartOfDay().toInstant(ZoneOffset.UTC));
            if (value != null) {
                trend.add(new ObjectiveProgress.Point(day, value));
            }
        }
        return of(o, trend, today.minusDays(1));
    }

    /**
     * The progress of {@code o} from its weekly points (oldest first; a week without data left out) on {@code today}: met, missed,
     * on-track or at-risk as documented, {@code no-data} when no week could be measured.
     */
    static ObjectiveProgress of(Objective o, List<ObjectiveProgress.Point> trend, LocalDate today) {
        if (trend.isEmpty()) {
            return new ObjectiveProgress(o, 0, trend, 0, "no-data");
        }
        double value = trend.get(trend.size() - 1).value();
        double projected = Detector.round(project(trend, o.due()));
        String status = o.reached(value) ? "met"
                : !o.due().isAfter(today) ? "missed"
                : o.reached(projected) ? "on-track" : "at-risk";
        return new ObjectiveProgress(o, value, trend, projected, status);
    }

    /** The least-squares line through the points (x in days), evaluated on {@code due}. */
    static double project(List<ObjectiveProgress.Point> points, LocalDate due) {
        LocalDate origin = points.get(0).day();
        int n = points.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (ObjectiveProgress.Point p : points) {
            double x = ChronoUnit.DAYS.between(origin, p.day());
            sx += x;
            sy += p.value();
            sxx += x * x;
            sxy += x * p.value();
        }
        double denominator = n * sxx - sx * sx;
        double slope = denominator == 0 ? 0 : (n * sxy - sx * sy) / denominator;
        double intercept = (sy - slope * sx) / n;
        return intercept + slope * ChronoUnit.DAYS.between(origin, due);
    }

    /** The metric over the 30 days before {@code end}; null when there is nothing to measure (no answered conversation). */
    Double measure(Objective o, Instant end) throws QuerySyntaxException {
        if (o.metric() == Objective.Metric.MEDIAN_FIRST_RESPONSE) {
            Double minutes = firstResponses.medianMinutes(o.workspace(), end.minus(WINDOW), end);
            return minutes == null ? null : Detector.round(minutes / 60.0);
        }
        Selection s = new Selection(null, o.topic(), end.minus(WINDOW), end, null, null, ZoneOffset.UTC);
        return switch (o.metric()) {
            case NET_SENTIMENT -> Detector.round(100 * analytics.shareOfVoice(o.workspace(), s, List.of(o.topic())).values().get(0).netSentiment());
            case SHARE_OF_VOICE -> Detector.round(100 * analytics.shareOfVoice(o.workspace(), s, List.of()).values().stream()
                    .filter(v -> v.value().equals(o.topic())).mapToDouble(Figures.Share::share).findFirst().orElse(0));
            case ADVOCATES -> (double) analytics.pyramid(o.workspace(), s).levels().stream().filter(l -> l.level().equals("advocate"))
                    .mapToLong(Figures.Level::count).sum();
            case LEGITIMACY_INDEX -> Detector.round(100 * analytics.pyramid(o.workspace(), s).legitimacyIndex());
            case MEDIAN_FIRST_RESPONSE -> throw new IllegalStateException("measured above");
        };
    }
}
