package org.comptoir.team;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.comptoir.sql.Sql;

/** Teams and their members in SQL (tables {@code team}, {@code team_member}). */
public final class TeamRepository {
    private final DataSource dataSource;

    public TeamRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<Team> list(String workspace) {
        return Sql.query(dataSource, "select name from team where workspace = ? order by name", row -> row.getString(1), workspace)
                .stream().map(name -> find(workspace, name).orElseThrow()).toList();
    }

    Optional<Team> find(String workspace, String name) {
        List<String> members = Sql.query(dataSource, "select username from team_member where workspace = ? and team = ? order by username",
                row -> row.getString(1), workspace, name);
        return Sql.query(dataSource, "select label, zone, hours, holidays from team where workspace = ? and name = ?", row -> {
            String holidays = row.getString(4);
            return new Team(workspace, name, row.getString(1), ZoneId.of(row.getString(2)), row.getString(3),
                    holidays.isEmpty() ? List.of() : Arrays.stream(holidays.split(",")).map(LocalDate::parse).toList(), members);
        }, workspace, name).stream().findFirst();
    }

    /** Inserts or replaces the team and its members in one transaction; true when it was new. */
    boolean save(Team team, Instant now) {
        String holidays = String.join(",", team.holidays().stream().map(LocalDate::toString).toList());
        return Sql.inTransaction(dataSource, connection -> {
            boolean created;
            try (var update = Sql.prepare(connection, "update team set label = ?, zone = ?, hours = ?, holidays = ? where workspace = ? and name = ?",
                    team.label(), team.zone().getId(), team.hours(), holidays, team.workspace(), team.name())) {
                created = update.executeUpdate() == 0;
            }
            if (created) {
                try (var insert = Sql.prepare(connection, "insert into team (workspace, name, label, zone, hours, holidays, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)", team.workspace(), team.name(), team.label(), team.zone().getId(), team.hours(),
                        holidays, Timestamp.from(now))) {
                    insert.executeUpdate();
                }
            }
            try (var delete = Sql.prepare(connection, "delete from team_member where workspace = ? and team = ?", team.workspace(), team.name())) {
                delete.executeUpdate();
            }
            for (String member : team.members()) {
                try (var insert = Sql.prepare(connection, "insert into team_member (workspace, team, username) values (?, ?, ?)",
                        team.workspace(), team.name(), member)) {
                    insert.executeUpdate();
                }
            }
            return created;
        });
    }

    boolean delete(String workspace, String name) {
        return Sql.update(dataSource, "delete from team where workspace = ? and name = ?", workspace, name) > 0;
    }
}
