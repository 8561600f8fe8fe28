package org.comptoir.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.comptoir.sql.Sql;

/** Alert rules in SQL, one row per rule; names are unique in a workspace. */
final class AlertRuleRepository {
    private final DataSource dataSource;

    AlertRuleRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<AlertRule> list(String workspace) {
        return Sql.query(dataSource, "select * from alert_rule where workspace = ? order by name", AlertRuleRepository::read, workspace);
    }

    /** The workspaces with at least one enabled rule of {@code kind}. */
    List<String> workspacesWatching(AlertKind kind) {
        return Sql.query(dataSource, "select distinct workspace from alert_rule where kind = ? and enabled = true order by workspace",
                row -> row.getString(1), kind.label());
    }

    Optional<AlertRule> find(String workspace, long id) {
        return Sql.query(dataSource, "select * from alert_rule where workspace = ? and id = ?", AlertRuleRepository::read, workspace, id)
                .stream().findFirst();
    }

    AlertRule insert(AlertRule rule, Instant now) {
        Sql.update(dataSource, "insert into alert_rule (workspace, name, kind, topic, query, sensitivity, min_volume, cooldown_hours,"
                        + " recipients, enabled, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rule.workspace(), rule.name(), rule.kind().label(), rule.topic(), rule.query(), rule.sensitivity(), rule.minVolume(),
                rule.cooldownHours(), String.join(",", rule.recipients()), rule.enabled(), Timestamp.from(now));
        return Sql.query(dataSource, "select * from alert_rule where workspace = ? and name = ?", AlertRuleRepository::read,
                rule.workspace(), rule.name()).get(0);
    }

    boolean update(AlertRule rule) {
        return Sql.update(dataSource, "update alert_rule set name = ?, kind = ?, topic = ?, query = ?, sensitivity = ?, min_volume = ?,"
                        + " cooldown_hours = ?, recipients = ?, enabled = ? where workspace = ? and id = ?",
                rule.name(), rule.kind().label(), rule.topic(), rule.query(), rule.sensitivity(), rule.minVolume(), rule.cooldownHours(),
                String.join(",", rule.recipients()), rule.enabled(), rule.workspace(), rule.id()) > 0;
    }

    boolean delete(String workspace, long id) {
        return Sql.update(dataSource, "delete from alert_rule where workspace = ? and id = ?", workspace, id) > 0;
    }

    private static AlertRule read(ResultSet row) throws SQLException {
        String recipients = row.getString("recipients");
        return new AlertRule(row.getLong("id"), row.getString("workspace"), row.getString("name"), AlertKind.fromLabel(row.getString("kind")),
                row.getString("topic"), row.getString("query"), row.getDouble("sensitivity"), row.getInt("min_volume"),
                row.getInt("cooldown_hours"), recipients.isEmpty() ? List.of() : Arrays.asList(recipients.split(",")),
                row.getBoolean("enabled"));
    }
}
