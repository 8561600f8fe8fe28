package org.comptoir.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.comptoir.sql.Sql;

/** Users and their roles per workspace, in SQL. */
public final class AccountRepository {
    private final DataSource dataSource;

    public AccountRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Account> list() {
        return Sql.query(dataSource, "select name, admin, created_at, password_changed_at from app_user order by name", AccountRepository::read);
    }

    public Optional<Account> find(String name) {
        return Sql.query(dataSource, "select name, admin, created_at, password_changed_at from app_user where name = ?", AccountRepository::read, name)
                .stream().findFirst();
    }

    public Optional<String> passwordHash(String name) {
        return Sql.query(dataSource, "select password_hash from app_user where name = ?", row -> row.getString(1), name)
                .stream().findFirst();
    }

    public boolean insert(String name, String passwordHash, boolean admin, Instant at) {
        try {
            return Sql.update(dataSource, "insert into app_user (name, password_hash, admin, created_at, password_changed_at) "
                    + "values (?, ?, ?, ?, ?)", name, passwordHash, admin, Timestamp.from(at), Timestamp.from(at)) == 1;
        } catch (Sql.SqlFailure e) {
            if (e.getCause() instanceof SQLException sql && Sql.isDuplicateKey(sql)) {
                return false;
            }
            throw e;
        }
    }

    public boolean updatePassword(String name, String passwordHash, Instant at) {
        return Sql.update(dataSource, "update app_user set password_hash = ?, password_changed_at = ? where name = ?",
                passwordHash, Timestamp.from(at), name) == 1;
    }

    public boolean delete(String name) {
        return Sql.update(dataSource, "delete from app_user where name = ?", name) == 1;
    }

    public long countAdmins() {
        return Sql.query(dataSource, "select count(*) from app_user where admin", row -> row.getLong(1)).get(0);
    }

    /** Inserts or replaces the user's role in the workspace. */
    public void grant(String user, String workspace, Role role, Instant at) {
        Sql.inTransaction(dataSource, connection -> {
            try (var delete = Sql.prepare(connection, "delete from workspace_role where user_name = ? and workspace = ?", user, workspace);
                 var insert = Sql.prepare(connection,
                         "insert into workspace_role (user_name, workspace, role, granted_at) values (?, ?, ?, ?)",
                         user, workspace, role.label(), Timestamp.from(at))) {
                delete.executeUpdate();
                return insert.executeUpdate();
            }
        });
    }

    public boolean revoke(String user, String workspace) {
        return Sql.update(dataSource, "delete from workspace_role where user_name = ? and workspace = ?", user, workspace) == 1;
    }

    public Optional<Role> roleIn(String user, String workspace) {
        return Sql.query(dataSource, "select role from workspace_role where user_name = ? and workspace = ?",
                row -> Role.fromLabel(row.getString(1)), user, workspace).stream().findFirst();
    }

    /** The user's roles, by workspace name. */
    public Map<String, Role> roles(String user) {
        Map<String, Role> roles = new LinkedHashMap<>();
        Sql.query(dataSource, "select workspace, role from workspace_role where user_name = ? order by workspace",
                row -> roles.put(row.getString(1), Role.fromLabel(row.getString(2))), user);
        return roles;
    }

    /** The users holding a role in the workspace, by user name. */
    public Map<String, Role> members(String workspace) {
        Map<String, Role> members = new LinkedHashMap<>();
        Sql.query(dataSource, "select user_name, role from workspace_role where workspace = ? order by user_name",
                row -> members.put(row.getString(1), Role.fromLabel(row.getString(2))), workspace);
        return members;
    }

    private static Account read(ResultSet row) throws SQLException {
        return new Account(row.getString("name"), row.getBoolean("admin"), row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("password_changed_at").toInstant());
    }
}
