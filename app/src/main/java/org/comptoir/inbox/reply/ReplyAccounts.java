package org.comptoir.inbox.reply;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.comptoir.secret.SecretBox;
import org.comptoir.sql.Sql;

/** The accounts a workspace answers from, one per network; secrets are sealed by {@link SecretBox} and never read back out. */
public final class ReplyAccounts {
    private final DataSource dataSource;
    private final SecretBox secrets;

    public ReplyAccounts(DataSource dataSource, SecretBox secrets) {
        this.dataSource = dataSource;
        this.secrets = secrets;
    }

    /** An account as pages and the API show it: without its secret. */
    public record Summary(String network, String baseUrl, String handle, Instant updatedAt) {
    }

    /** Creates or replaces the workspace's account on {@code network}. */
    public Summary save(String workspace, String network, String baseUrl, String handle, String secret, Instant now) {
        String net = network == null ? "" : network.strip().toLowerCase(Locale.ROOT);
        if (!net.equals("mastodon") && !net.equals("bluesky")) {
            throw new IllegalArgumentException("replies can be sent on mastodon or bluesky, not '" + network + "'");
        }
        URI base;
        try {
            base = URI.create(baseUrl == null ? "" : baseUrl.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'base_url' is not an address: " + baseUrl);
        }
        if (!("https".equals(base.getScheme()) || "http".equals(base.getScheme())) || base.getHost() == null) {
            throw new IllegalArgumentException("'base_url' must be an http(s) address such as https://mastodon.example");
        }
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("'secret' (access token or app password) is required");
        }
        if (net.equals("bluesky") && (handle == null || handle.isBlank())) {
            throw new IllegalArgumentException("'handle' is required for bluesky");
        }
        String sealed = secrets.seal(secret.strip());
        Sql.inTransaction(dataSource, connection -> {
            try (var delete = Sql.prepare(connection, "delete from reply_account where workspace = ? and network = ?", workspace, net);
                 var insert = Sql.prepare(connection, "insert into reply_account (workspace, network, base_url, handle, "
                         + "sealed_secret, updated_at) values (?, ?, ?, ?, ?, ?)", workspace, net, base.toString(),
                         handle == null ? null : handle.strip(), sealed, Timestamp.from(now))) {
                delete.executeUpdate();
                insert.executeUpdate();
            }
            return null;
        });
        return new Summary(net, base.toString(), handle, now);
    }

    public List<Summary> list(String workspace) {
        return Sql.query(dataSource, "select network, base_url, handle, updated_at from reply_account where workspace = ? "
                + "order by network", row -> new Summary(row.getString(1), row.getString(2), row.getString(3),
                row.getTimestamp(4).toInstant()), workspace);
    }

    /** The account with its secret opened, to send with. */
    Optional<ReplyAccount> open(String workspace, String network) {
        return Sql.query(dataSource, "select base_url, handle, sealed_secret from reply_account where workspace = ? and network = ?",
                row -> new ReplyAccount(network, URI.create(row.getString(1)), row.getString(2), secrets.open(row.getString(3))),
                workspace, network).stream().findFirst();
    }
}
