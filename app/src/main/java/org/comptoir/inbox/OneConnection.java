package org.comptoir.inbox;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.comptoir.sql.Sql;

/**
 * A data source that hands out one connection inside one transaction, so a batch of threading statements commits
 * once instead of once per statement. The connection's {@code close}, {@code commit} and {@code setAutoCommit} are
 * ignored for the statements; {@link #run} commits or rolls back at the end.
 */
final class OneConnection implements DataSource {
    private final Connection shared;

    private OneConnection(Connection connection) {
        this.shared = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "close", "commit", "setAutoCommit", "rollback" -> null;
                    case "getAutoCommit" -> true;
                    default -> {
                        try {
                            yield method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                });
    }

    interface Work<T> {
        T run(DataSource oneConnection);
    }

    static <T> T run(DataSource dataSource, Work<T> work) {
        return Sql.inTransaction(dataSource, connection -> work.run(new OneConnection(connection)));
    }

    @Override
    public Connection getConnection() {
        return shared;
    }

    @Override
    public Connection getConnection(String username, String password) {
        return shared;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
