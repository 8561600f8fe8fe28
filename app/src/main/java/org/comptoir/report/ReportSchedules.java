package org.comptoir.report;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.comptoir.alert.Alerts;
import org.comptoir.alert.NotifierConfig;
import org.comptoir.query.QuerySyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workspaces' report schedules (docs/reports.md, ADR 0022): saved with their next due instant, computed in the
 * workspace's zone; {@link #sendDue()} mails every schedule that is due (the report of the period ending at its due
 * instant) and moves it to its next due instant after now, so a server that was down sends one report, not a backlog.
 * Every send is recorded, sent or failed with the reason.
 */
public final class ReportSchedules {
    private static final Logger LOG = LoggerFactory.getLogger(ReportSchedules.class);
    private final ReportScheduleRepository repository;
    private final Reports reports;
    private final Alerts alerts;
    private final Function<String, ZoneId> zones;
    private final Clock clock;

    public ReportSchedules(DataSource sql, Reports reports, Alerts alerts, Function<String, ZoneId> zones, Clock clock) {
        this.repository = new ReportScheduleRepository(sql);
        this.reports = reports;
        this.alerts = alerts;
        this.zones = zones;
        this.clock = clock;
    }

    public Optional<ReportSchedule> find(String workspace) {
        return repository.find(workspace).map(ReportScheduleRepository.Stored::schedule);
    }

    /** The workspace's schedule as the API shows it, with its next due instant. */
    public Optional<ReportScheduleView> view(String workspace) {
        return repository.find(workspace).map(s -> ReportScheduleView.of(s.schedule(), s.schedule().enabled() ? s.nextDue() : null));
    }

    /**
     * Saves a schedule written as the API's fields ({@code period}, {@code day_of_week}, {@code day_of_month}, {@code time},
     * {@code language}, {@code recipients}, {@code enabled}; missing ones take their defaults) and returns its view.
     */
    public ReportScheduleView save(String workspace, String period, String dayOfWeek, Integer dayOfMonth, String time, String language,
                                   List<String> recipients, Boolean enabled) {
        save(new ReportSchedule(workspace, Period.fromLabel(period), ReportSchedule.dayOfWeek(dayOfWeek), dayOfMonth == null ? 1 : dayOfMonth,
                ReportSchedule.time(time), ReportSchedule.language(language), recipients, enabled == null || enabled));
        return view(workspace).orElseThrow();
    }

    /** When the workspace's report is next due (empty without a schedule or when it is disabled). */
    public Optional<Instant> nextDue(String workspace) {
        return repository.find(workspace).filter(s -> s.schedule().enabled()).map(ReportScheduleRepository.Stored::nextDue);
    }

    /** The names of the workspace's email notifiers: the recipients a schedule may name. */
    public List<String> emailNotifiers(String workspace) {
        return alerts.notifiers(workspace).stream().filter(n -> n.kind().equals("email")).map(NotifierConfig::name).toList();
    }

    /** Adds or replaces the workspace's schedule; every recipient must be an email notifier of the workspace. */
    public ReportSchedule save(ReportSchedule schedule) {
        List<String> emails = emailNotifiers(schedule.workspace());
        for (String recipient : schedule.recipients()) {
            if (!emails.contains(recipient)) {
                throw new IllegalArgumentException("'" + recipient + "' is not an email notifier of the workspace: add it first"
                        + " (PUT /api/v1/alerts/notifiers/" + recipient + " with kind email)");
            }
        }
        Instant now = clock.instant();
        repository.save(schedule, schedule.nextDue(now, zones.apply(schedule.workspace())), now);
        return schedule;
    }

    public boolean delete(String workspace) {
        return repository.delete(workspace);
    }

    public List<ReportSend> sends(String workspace, int limit) {
        return repository.sends(workspace, Math.max(1, Math.min(limit, 1000)));
    }

    /** Mails every report that is due now; returns the sends made. */
    public synchronized List<ReportSend> sendDue() {
        Instant now = clock.instant();
        List<ReportSend> made = new ArrayList<>();
        for (ReportScheduleRepository.Stored due : repository.due(now)) {
            ReportSchedule s = due.schedule();
            Instant next = s.nextDue(now, zones.apply(s.workspace()));
            if (!repository.advance(s.workspace(), due.nextDue(), next, now)) {
                continue;
            }
            List<ReportSend> sends;
            try {
                sends = reports.send(s.workspace(), s.period(), due.nextDue(), s.language(), s.recipients(), due.nextDue());
            } catch (QuerySyntaxException | RuntimeException e) {
                LOG.warn("the scheduled report of workspace {} could not be drawn: {}", s.workspace(), e.toString(), e);
                sends = s.recipients().stream().map(r -> new ReportSend(due.nextDue(), r, "failed",
                        "the report could not be drawn: " + e.getMessage(), clock.instant())).toList();
            }
            sends.forEach(send -> repository.send(s.workspace(), send));
            made.addAll(sends);
        }
        return made;
    }
}
