package org.comptoir.analytics;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.comptoir.sql.Sql;

/** The handles a workspace marks as its employees (until contacts exist), kept normalised: lower case, no leading {@code @}. */
public final class Employees {
    private final DataSource dataSource;

    public Employees(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Set<String> list(String workspace) {
        return new LinkedHashSet<>(Sql.query(dataSource, "select handle from employee where workspace = ? order by handle",
                row -> row.getString(1), workspace));
    }

    /** Replaces the workspace's list. */
    public Set<String> replace(String workspace, List<String> handles) {
        Set<String> normalised = new LinkedHashSet<>();
        for (String handle : handles) {
            String h = normalise(handle);
            if (h != null) {
                if (h.length() > 300) {
                    throw new IllegalArgumentException("a handle has at most 300 characters");
                }
                normalised.add(h);
            }
        }
        Sql.inTransaction(dataSource, connection -> {
            try (var delete = Sql.prepare(connection, "delete from employee where workspace = ?", workspace)) {
                delete.executeUpdate();
            }
            for (String handle : normalised) {
                try (var insert = Sql.prepare(connection, "insert into employee (workspace, handle) values (?, ?)", workspace, handle)) {
                    insert.executeUpdate();
                }
            }
            return null;
        });
        return normalised;
    }

    /** Takes the handle off the workspace's list (a GDPR erasure); whether it was there. */
    public boolean remove(String workspace, String handle) {
        return Sql.update(dataSource, "delete from employee where workspace = ? and handle = ?", workspace, normalise(handle)) > 0;
    }

    static String normalise(String handle) {
        if (handle == null || handle.isBlank()) {
            return null;
        }
        String h = handle.strip().toLowerCase(Locale.ROOT);
        return h.startsWith("@") ? h.substring(1) : h;
    }
}
