package org.comptoir.sql;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Opens the workflow database and brings its schema up to date: the embedded H2 file by default, or any
 * {@link DataSource} (PostgreSQL), on which the same migrations run.
 */
public final class Database implements AutoCloseable {
    private final DataSource dataSource;
    private final Runnable closer;

    private Database(DataSource dataSource, Runnable closer) {
        this.dataSource = dataSource;
        this.closer = closer;
    }

    /** The embedded default: an H2 file {@code comptoir.mv.db} inside {@code dataDir}. */
    public static Database h2(Path dataDir) {
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("comptoir") + ";DB_CLOSE_ON_EXIT=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "comptoir", "");
        pool.setMaxConnections(16);
        migrate(pool);
        return new Database(pool, pool::dispose);
    }

    /** A database opened elsewhere (PostgreSQL): migrated here, closed by whoever opened it. */
    public static Database of(DataSource dataSource) {
        migrate(dataSource);
        return new Database(dataSource, () -> { });
    }

    static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        closer.run();
    }
}
