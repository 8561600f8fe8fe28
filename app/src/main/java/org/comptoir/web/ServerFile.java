package org.comptoir.web;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code <data>/server.properties}: written by a running {@code serve} (its port and process id) so
 * that CLI commands on the same data directory go through its API instead of opening the files.
 */
public final class ServerFile {
    public static final String NAME = "server.properties";

    private ServerFile() {
    }

    public static void write(Path dataDir, int port) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("port", String.valueOf(port));
        properties.setProperty("pid", String.valueOf(ProcessHandle.current().pid()));
        Path tmp = dataDir.resolve(NAME + ".tmp");
        try (var out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            properties.store(out, "Comptoir server running on this data directory");
        }
        Files.move(tmp, dataDir.resolve(NAME), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    public static void delete(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(NAME));
        } catch (IOException ignored) {
            // a stale file is detected by its dead pid
        }
    }

    /** The base URI of a live server on this data directory, if one answers. */
    public static Optional<URI> runningServer(Path dataDir) {
        Path file = dataDir.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            long pid = Long.parseLong(properties.getProperty("pid", "-1"));
            int port = Integer.parseInt(properties.getProperty("port", "-1"));
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && answers(port)) {
                return Optional.of(URI.create("http://127.0.0.1:" + port + "/"));
            }
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean answers(int port) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/api/v1/workspaces")
                    .toURL().openConnection();
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(5000);
            return connection.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }
}
