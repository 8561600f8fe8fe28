package org.comptoir.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.comptoir.sql.Sql;

/** Personal tokens in SQL: the id, its owner and the SHA-256 of its secret. */
public final class TokenRepository {
    private final DataSource dataSource;

    public TokenRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void insert(PersonalToken token, String secretHash) {
        Sql.update(dataSource, "insert into personal_token (id, user_name, name, secret_hash, created_at, expires_at) "
                        + "values (?, ?, ?, ?, ?, ?)", token.id(), token.user(), token.name(), secretHash,
                Timestamp.from(token.createdAt()), token.expiresAt() == null ? null : Timestamp.from(token.expiresAt()));
    }

    public List<PersonalToken> list(String user) {
        return Sql.query(dataSource, "select * from personal_token where user_name = ? order by created_at, id",
                TokenRepository::read, user);
    }

    public Optional<PersonalToken> find(String id) {
        return Sql.query(dataSource, "select * from personal_token where id = ?", TokenRepository::read, id).stream().findFirst();
    }

    public Optional<String> secretHash(String id) {
        return Sql.query(dataSource, "select secret_hash from personal_token where id = ?", row -> row.getString(1), id)
                .stream().findFirst();
    }

    public boolean revoke(String id, Instant at) {
        return Sql.update(dataSource, "update personal_token set revoked_at = ? where id = ? and revoked_at is null",
                Timestamp.from(at), id) == 1;
    }

    public void touch(String id, Instant at) {
        Sql.update(dataSource, "update personal_token set last_used_at = ? where id = ?", Timestamp.from(at), id);
    }

    private static PersonalToken read(ResultSet row) throws SQLException {
        return new PersonalToken(row.getString("id"), row.getString("user_name"), row.getString("name"),
                instant(row, "created_at"), instant(row, "expires_at"), instant(row, "revoked_at"), instant(row, "last_used_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
