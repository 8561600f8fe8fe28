package org.comptoir.contact;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.comptoir.sql.Sql;

/** Contacts and their identities in SQL (tables {@code contact}, {@code contact_identity}). */
public final class ContactRepository {
    private final DataSource dataSource;

    public ContactRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private record Row(long id, String workspace, String name, String notes, String tags, Instant created, Instant updated) {
    }

    public List<Contact> list(String workspace) {
        List<Row> rows = Sql.query(dataSource, "select id, workspace, name, notes, tags, created_at, updated_at from contact"
                + " where workspace = ? order by lower(name), id", ContactRepository::row, workspace);
        Map<Long, List<Identity>> identities = new LinkedHashMap<>();
        Sql.query(dataSource, "select contact_id, network, handle, display_name from contact_identity where workspace = ?"
                + " order by network, handle", r -> identities.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                .add(new Identity(r.getString(2), r.getString(3), r.getString(4))), workspace);
        return rows.stream().map(r -> contact(r, identities.getOrDefault(r.id(), List.of()))).toList();
    }

    public Optional<Contact> find(String workspace, long id) {
        return Sql.query(dataSource, "select id, workspace, name, notes, tags, created_at, updated_at from contact"
                + " where workspace = ? and id = ?", ContactRepository::row, workspace, id).stream()
                .findFirst().map(r -> contact(r, identities(workspace, id)));
    }

    /** The contact holding this account, if any. */
    public Optional<Long> owner(String workspace, Identity identity) {
        return Sql.query(dataSource, "select contact_id from contact_identity where workspace = ? and network = ? and handle = ?",
                r -> r.getLong(1), workspace, identity.network(), identity.handle()).stream().findFirst();
    }

    public long insert(String workspace, String name, String notes, List<String> tags, Instant at) {
        return Sql.inTransaction(dataSource, connection -> {
            try (var insert = connection.prepareStatement("insert into contact (workspace, name, notes, tags, created_at, updated_at)"
                    + " values (?, ?, ?, ?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, workspace);
                insert.setString(2, name);
                insert.setString(3, notes);
                insert.setString(4, String.join(",", tags));
                insert.setTimestamp(5, Timestamp.from(at));
                insert.setTimestamp(6, Timestamp.from(at));
                insert.executeUpdate();
                try (var keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    public void update(String workspace, long id, String name, String notes, List<String> tags, Instant at) {
        Sql.update(dataSource, "update contact set name = ?, notes = ?, tags = ?, updated_at = ? where workspace = ? and id = ?",
                name, notes, String.join(",", tags), Timestamp.from(at), workspace, id);
    }

    /** Gives the account to the contact (taking it from any other contact of the workspace). */
    public void attach(String workspace, long id, Identity identity) {
        Sql.update(dataSource, "delete from contact_identity where workspace = ? and network = ? and handle = ?",
                workspace, identity.network(), identity.handle());
        Sql.update(dataSource, "insert into contact_identity (workspace, contact_id, network, handle, display_name)"
                + " values (?, ?, ?, ?, ?)", workspace, id, identity.network(), identity.handle(), identity.name());
    }

    /** Moves every identity of {@code from} to {@code into}. */
    public void moveIdentities(String workspace, long from, long into) {
        Sql.update(dataSource, "update contact_identity set contact_id = ? where workspace = ? and contact_id = ?", into, workspace, from);
    }

    public boolean delete(String workspace, long id) {
        return Sql.update(dataSource, "delete from contact where workspace = ? and id = ?", workspace, id) > 0;
    }

    /** Erases an account: its identity row, and its contact when no other identity remains; the rows removed. */
    public int erase(String workspace, Identity identity) {
        Optional<Long> owner = owner(workspace, identity);
        int removed = Sql.update(dataSource, "delete from contact_identity where workspace = ? and network = ? and handle = ?",
                workspace, identity.network(), identity.handle());
        if (owner.isPresent() && identities(workspace, owner.get()).isEmpty()) {
            removed += Sql.update(dataSource, "delete from contact where workspace = ? and id = ?", workspace, owner.get());
        }
        return removed;
    }

    private List<Identity> identities(String workspace, long id) {
        return Sql.query(dataSource, "select network, handle, display_name from contact_identity where workspace = ? and contact_id = ?"
                + " order by network, handle", r -> new Identity(r.getString(1), r.getString(2), r.getString(3)), workspace, id);
    }

    private static Row row(java.sql.ResultSet r) throws java.sql.SQLException {
        return new Row(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                r.getTimestamp(6).toInstant(), r.getTimestamp(7).toInstant());
    }

    private static Contact contact(Row r, List<Identity> identities) {
        List<String> tags = r.tags().isEmpty() ? List.of() : Arrays.asList(r.tags().split(","));
        return new Contact(r.id(), r.workspace(), r.name(), r.notes(), tags, identities, r.created(), r.updated());
    }
}
