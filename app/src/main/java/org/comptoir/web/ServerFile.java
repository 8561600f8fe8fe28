package org.comptoir.web;

import java.io.IOException;
import java.io.Writer;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code <data>/server.properties}: written by a running {@code serve} (its port, process id and local
 * credential), readable by its owner only (mode 0600), so that CLI commands on the same data directory
 * go through its API, authenticated, instead of opening the files.
 */
public final class ServerFile {
    public static final String NAME = "server.properties";

    private ServerFile() {
    }

    /** A live server: its base URI and the bearer credential the local CLI sends. */
    public record Running(URI base, String credential) {
    }

    public static void write(Path dataDir, String host, int port, String credential) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("host", host);
        properties.setProperty("port", String.valueOf(port));
        properties.setProperty("pid", String.valueOf(ProcessHandle.current().pid()));
        properties.setProperty("credential", credential);
        Path tmp = dataDir.resolve(NAME + ".tmp");
        Files.deleteIfExists(tmp);
        try (var channel = Files.newByteChannel(tmp, java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
             Writer out = Channels.newWriter(channel, StandardCharsets.UTF_8)) {
            properties.store(out, "Comptoir server running on this data directory; secret, readable by its owner only");
        } catch (FileAlreadyExistsException e) {
            throw new IOException("another process is writing " + tmp, e);
        }
        Files.move(tmp, dataDir.resolve(NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static void delete(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(NAME));
        } catch (IOException ignored) {
            // a stale file is detected by its dead pid
        }
    }

    /** The live server on this data directory, if one answers. */
    public static Optional<Running> runningServer(Path dataDir) {
        Path file = dataDir.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            long pid = Long.parseLong(properties.getProperty("pid", "-1"));
            int port = Integer.parseInt(properties.getProperty("port", "-1"));
            URI base = URI.create("http://" + reachable(properties.getProperty("host", "127.0.0.1")) + ":" + port + "/");
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && answers(base)) {
                return Optional.of(new Running(base, properties.getProperty("credential", "")));
            }
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The address a local client connects to: a wildcard listen address is reached on loopback. */
    private static String reachable(String host) {
        if (host.isBlank() || host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            return "127.0.0.1";
        }
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static boolean answers(URI base) {
        try {
            HttpURLConnection connection = (HttpURLConnection) base.resolve("actuator/health").toURL().openConnection();
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(5000);
            return connection.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }
}
