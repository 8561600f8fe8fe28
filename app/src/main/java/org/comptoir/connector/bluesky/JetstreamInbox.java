package org.comptoir.connector.bluesky;

import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Where the JDK WebSocket client leaves Jetstream's messages until a fetch takes them: whole text messages,
 * then a {@link Throwable} when the connection ends. Bounded: when fetches fall behind, the client stops asking
 * for messages and TCP pushes back on the server.
 */
final class JetstreamInbox implements WebSocket.Listener {
    private static final int CAPACITY = 20_000;
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>(CAPACITY);
    private final StringBuilder partial = new StringBuilder();
    private volatile WebSocket socket;
    private volatile boolean closed;

    @Override
    public void onOpen(WebSocket webSocket) {
        socket = webSocket;
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String message = partial.toString();
            partial.setLength(0);
            try {
                queue.put(message);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        queue.offer(new IllegalStateException("closed by the server (" + statusCode + (reason.isBlank() ? "" : " " + reason) + ")"));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        queue.offer(new IllegalStateException(error.getClass().getSimpleName() + ": " + error.getMessage(), error));
    }

    /** The next message or failure, or null when none came within {@code nanos}. */
    Object take(long nanos) {
        try {
            return nanos <= 0 ? queue.poll() : queue.poll(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new IllegalStateException("interrupted");
        }
    }

    void close() {
        if (!closed && socket != null) {
            closed = true;
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
            socket.abort();
        }
    }
}
