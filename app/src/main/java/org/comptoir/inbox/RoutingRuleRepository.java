package org.comptoir.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.comptoir.sql.Sql;
import tools.jackson.databind.json.JsonMapper;

/** Routing rules in SQL (table {@code routing_rule}; conditions and actions as JSON) and the round-robin positions. */
public final class RoutingRuleRepository {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final DataSource dataSource;

    public RoutingRuleRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<RoutingRule> list(String workspace) {
        return Sql.query(dataSource, "select * from routing_rule where workspace = ? order by position, id", RoutingRuleRepository::read, workspace);
    }

    Optional<RoutingRule> find(String workspace, long id) {
        return Sql.query(dataSource, "select * from routing_rule where workspace = ? and id = ?", RoutingRuleRepository::read, workspace, id)
                .stream().findFirst();
    }

    long insert(RoutingRule rule, Instant now) {
        int position = rule.position() > 0 ? rule.position() : Sql.query(dataSource,
                "select coalesce(max(position), 0) + 1 from routing_rule where workspace = ?", row -> row.getInt(1), rule.workspace()).get(0);
        Sql.update(dataSource, "insert into routing_rule (workspace, position, name, enabled, conditions, actions, continues, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)", rule.workspace(), position, rule.name(), rule.enabled(),
                JSON.writeValueAsString(rule.when()), JSON.writeValueAsString(rule.then()), rule.continues(), Timestamp.from(now));
        return Sql.query(dataSource, "select max(id) from routing_rule where workspace = ?", row -> row.getLong(1), rule.workspace()).get(0);
    }

    boolean update(RoutingRule rule) {
        return Sql.update(dataSource, "update routing_rule set position = ?, name = ?, enabled = ?, conditions = ?, actions = ?, continues = ? "
                        + "where workspace = ? and id = ?", rule.position(), rule.name(), rule.enabled(), JSON.writeValueAsString(rule.when()),
                JSON.writeValueAsString(rule.then()), rule.continues(), rule.workspace(), rule.id()) > 0;
    }

    boolean delete(String workspace, long id) {
        return Sql.update(dataSource, "delete from routing_rule where workspace = ? and id = ?", workspace, id) > 0;
    }

    Optional<String> lastAssignee(String workspace, String team) {
        return Sql.query(dataSource, "select last_assignee from routing_rotation where workspace = ? and team = ?",
                row -> row.getString(1), workspace, team).stream().findFirst();
    }

    void rotated(String workspace, String team, String user) {
        if (Sql.update(dataSource, "update routing_rotation set last_assignee = ? where workspace = ? and team = ?", user, workspace, team) == 0) {
            Sql.update(dataSource, "insert into routing_rotation (workspace, team, last_assignee) values (?, ?, ?)", workspace, team, user);
        }
    }

    private static RoutingRule read(ResultSet row) throws SQLException {
        return new RoutingRule(row.getLong("id"), row.getString("workspace"), row.getInt("position"), row.getString("name"),
                row.getBoolean("enabled"), JSON.readValue(row.getString("conditions"), RoutingRule.Conditions.class),
                JSON.readValue(row.getString("actions"), RoutingRule.Actions.class), row.getBoolean("continues"));
    }
}
