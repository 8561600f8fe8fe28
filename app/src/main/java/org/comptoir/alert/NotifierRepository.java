package org.comptoir.alert;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.comptoir.sql.Sql;

/** Notifiers (secrets sealed before they get here) and the delivery attempts, in SQL. */
final class NotifierRepository {
    /** A stored notifier: the secret still sealed. */
    record Stored(String workspace, String name, String kind, String url, String sealedSecret, String language) {
        Stored(String workspace, String name, String kind, String url, String sealedSecret) {
            this(workspace, name, kind, url, sealedSecret, "fr");
        }

        java.util.Locale locale() {
            return "en".equals(language) ? java.util.Locale.ENGLISH : java.util.Locale.FRENCH;
        }
    }

    private final DataSource dataSource;

    NotifierRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<Stored> list(String workspace) {
        return Sql.query(dataSource, "select * from notifier where workspace = ? order by name", row -> new Stored(row.getString("workspace"),
                row.getString("name"), row.getString("kind"), row.getString("url"), row.getString("sealed_secret"), row.getString("language")),
                workspace);
    }

    Optional<Stored> find(String workspace, String name) {
        return list(workspace).stream().filter(n -> n.name().equals(name)).findFirst();
    }

    void save(Stored n, Instant now) {
        Sql.inTransaction(dataSource, connection -> {
            try (var delete = Sql.prepare(connection, "delete from notifier where workspace = ? and name = ?", n.workspace(), n.name())) {
                delete.executeUpdate();
            }
            try (var insert = Sql.prepare(connection, "insert into notifier (workspace, name, kind, url, sealed_secret, language, created_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?)", n.workspace(), n.name(), n.kind(), n.url(), n.sealedSecret(),
                    n.language() == null ? "fr" : n.language(), Timestamp.from(now))) {
                insert.executeUpdate();
            }
            return null;
        });
    }

    boolean delete(String workspace, String name) {
        return Sql.update(dataSource, "delete from notifier where workspace = ? and name = ?", workspace, name) > 0;
    }

    void attempt(String workspace, NotificationAttempt a) {
        Sql.update(dataSource, "insert into notification_attempt (workspace, alert_id, notifier, attempt, outcome, detail, at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)", workspace, a.alertId() <= 0 ? null : a.alertId(), a.notifier(), a.attempt(),
                a.outcome(), a.detail() == null ? null : a.detail().substring(0, Math.min(1000, a.detail().length())), Timestamp.from(a.at()));
    }

    List<NotificationAttempt> attempts(String workspace, int limit) {
        return Sql.query(dataSource, "select * from notification_attempt where workspace = ? order by at desc, id desc limit ?",
                row -> new NotificationAttempt(row.getLong("alert_id"), row.getString("notifier"), row.getInt("attempt"),
                        row.getString("outcome"), row.getString("detail"), row.getTimestamp("at").toInstant()), workspace, limit);
    }
}
