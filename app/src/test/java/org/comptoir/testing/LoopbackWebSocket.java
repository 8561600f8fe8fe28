package org.comptoir.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A minimal RFC 6455 WebSocket server on loopback for connector tests: answers the opening handshake (or, when
 * told to, another status, or nothing at all), then sends text frames from a shared event log, each connection
 * starting at the first event its request selects ({@code startAt}), and pushes new events as they are added.
 * {@link #dropAfter} cuts the next connection after some frames, as a network failure would.
 */
public final class LoopbackWebSocket implements AutoCloseable {
    private final ServerSocket server;
    private final List<String> events = new ArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Function<String, Integer> startAt;
    private volatile String nextRefusal;
    private volatile boolean hangNext;
    private volatile int dropAfter = -1;

    /** @param startAt from a request line's path and query, the index of the first event to send */
    public LoopbackWebSocket(Function<String, Integer> startAt) throws IOException {
        this.startAt = startAt;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "loopback-ws");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public URI uri(String path) {
        return URI.create("ws://127.0.0.1:" + server.getLocalPort() + path);
    }

    public List<String> requests() {
        return requests;
    }

    public void add(String event) {
        synchronized (events) {
            events.add(event);
            events.notifyAll();
        }
    }

    /** The next handshake answers this status line and headers (for example {@code "429 Too Many Requests\r\nRetry-After: 120"}). */
    public void refuseNext(String statusAndHeaders) {
        nextRefusal = statusAndHeaders;
    }

    public void hangNext() {
        hangNext = true;
    }

    public void dropAfter(int frames) {
        dropAfter = frames;
    }

    public List<String> eventsSnapshot() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                open.add(socket);
                Thread connection = new Thread(() -> serve(socket), "loopback-ws-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            String request = readHead(in);
            String requestLine = request.substring(0, request.indexOf("\r\n"));
            requests.add(requestLine);
            if (hangNext) {
                hangNext = false;
                in.read(); // never answer; returns when the client gives up and closes
                return;
            }
            OutputStream out = socket.getOutputStream();
            String refusal = nextRefusal;
            if (refusal != null) {
                nextRefusal = null;
                out.write(("HTTP/1.1 " + refusal + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                return;
            }
            String key = header(request, "Sec-WebSocket-Key");
            String accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                    .digest((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").getBytes(StandardCharsets.US_ASCII)));
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: "
                    + accept + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            int drop = dropAfter;
            dropAfter = -1;
            int next = startAt.apply(requestLine.split(" ")[1]);
            int sent = 0;
            while (!socket.isClosed()) {
                String event;
                synchronized (events) {
                    while (next >= events.size()) {
                        events.wait(50);
                        if (socket.isClosed() || in.available() < 0) {
                            return;
                        }
                    }
                    event = events.get(next++);
                }
                if (drop >= 0 && sent >= drop) {
                    socket.setSoLinger(true, 0);
                    return; // cut without a close frame
                }
                text(out, event);
                sent++;
            }
        } catch (Exception e) {
            // the client went away
        } finally {
            open.remove(socket);
        }
    }

    private static void text(OutputStream out, String message) throws IOException {
        byte[] payload = message.getBytes(StandardCharsets.UTF_8);
        out.write(0x81);
        if (payload.length < 126) {
            out.write(payload.length);
        } else if (payload.length < 65536) {
            out.write(126);
            out.write(payload.length >>> 8);
            out.write(payload.length & 0xff);
        } else {
            out.write(127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) ((long) payload.length >>> shift) & 0xff);
            }
        }
        out.write(payload);
        out.flush();
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            head.append((char) c);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                break;
            }
        }
        return head.toString();
    }

    private static String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        throw new IllegalStateException("no " + name + " header in " + head);
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : open) {
            socket.close();
        }
    }
}
