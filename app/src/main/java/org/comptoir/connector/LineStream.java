package org.comptoir.connector;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An HTTP answer kept open and read line by line: a server-sent event stream, newline-delimited JSON. The JDK
 * client's own threads leave each line (CR, LF or CRLF ended; blank lines kept) in a bounded queue until a fetch
 * takes it, then a {@link Throwable} when the answer ends or breaks. When fetches fall behind, the queue stops
 * asking for more and TCP pushes back on the server. {@link #open} waits for the status line and headers at most
 * {@code timeout}; a non-2xx answer is the same {@link ConnectorFailure} a REST request would give.
 */
public final class LineStream implements AutoCloseable {
    private static final int CAPACITY = 20_000;
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>(CAPACITY);
    private volatile Flow.Subscription subscription;
    private volatile long lastActivity = System.nanoTime();
    private volatile boolean closed;

    private LineStream() {
    }

    public static LineStream open(HttpClient client, URI uri, Map<String, String> headers, Duration timeout, Clock clock)
            throws ConnectorFailure {
        LineStream stream = new LineStream();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET()
                .setHeader("User-Agent", "Comptoir/0.1 (+https://github.com/comptoir)");
        headers.forEach(request::setHeader);
        byte[][] refusal = new byte[1][];
        CompletableFuture<HttpResponse<Void>> opening = client.sendAsync(request.build(), info -> info.statusCode() / 100 == 2
                ? stream.new Lines(HttpResponse.BodySubscribers.fromLineSubscriber(stream.new Subscriber()))
                : HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofByteArray(), body -> {
                    refusal[0] = body;
                    return null;
                }));
        HttpResponse<Void> response;
        try {
            response = opening.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            opening.cancel(true);
            throw new ConnectorFailure(ConnectorFailure.Kind.TIMEOUT, "the stream at " + uri.getHost() + " did not open within "
                    + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            opening.cancel(true);
            Thread.currentThread().interrupt();
            throw new ConnectorFailure(ConnectorFailure.Kind.UNREACHABLE, "interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new ConnectorFailure(cause instanceof java.net.http.HttpTimeoutException ? ConnectorFailure.Kind.TIMEOUT
                    : ConnectorFailure.Kind.UNREACHABLE, "cannot open the stream at " + uri.getHost() + ": "
                    + (cause instanceof java.net.ConnectException ? "connection refused" : cause.getMessage())
                    + " (" + cause.getClass().getSimpleName() + ")");
        }
        if (response.statusCode() / 100 != 2) {
            throw HttpFetcher.failure(response.statusCode(), response.headers(), refusal[0] == null ? new byte[0] : refusal[0],
                    uri.getHost(), clock);
        }
        return stream;
    }

    /**
     * The next line, a {@link Throwable} when the stream ended or broke (then nothing more comes), or null when
     * nothing came within {@code nanos}.
     */
    public Object take(long nanos) {
        try {
            return nanos <= 0 ? queue.poll() : queue.poll(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new IllegalStateException("interrupted");
        }
    }

    /** How long since the server last sent anything (a line, a heartbeat). */
    public Duration quietFor() {
        return Duration.ofNanos(System.nanoTime() - lastActivity);
    }

    @Override
    public void close() {
        closed = true;
        Flow.Subscription held = subscription;
        if (held != null) {
            held.cancel();
        }
        queue.clear();
    }

    private void offer(Object item) {
        try {
            if (!closed) {
                queue.put(item);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Receives lines from the JDK's line decoder, one at a time. */
    private final class Subscriber implements Flow.Subscriber<String> {
        @Override
        public void onSubscribe(Flow.Subscription given) {
            subscription = given;
            if (closed) {
                given.cancel();
            } else {
                given.request(1);
            }
        }

        @Override
        public void onNext(String line) {
            lastActivity = System.nanoTime();
            offer(line);
            Flow.Subscription held = subscription;
            if (held != null && !closed) {
                held.request(1);
            }
        }

        @Override
        public void onError(Throwable error) {
            offer(new IllegalStateException("stream broken: " + error.getClass().getSimpleName()
                    + (error.getMessage() == null ? "" : " " + error.getMessage()), error));
        }

        @Override
        public void onComplete() {
            offer(new IllegalStateException("stream closed by the server"));
        }
    }

    /** The line decoder, whose body counts as received at once: the answer is open-ended, and its lines go to the queue. */
    private final class Lines implements HttpResponse.BodySubscriber<Void> {
        private final HttpResponse.BodySubscriber<Void> decoder;

        Lines(HttpResponse.BodySubscriber<Void> decoder) {
            this.decoder = decoder;
        }

        @Override
        public CompletionStage<Void> getBody() {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void onSubscribe(Flow.Subscription given) {
            decoder.onSubscribe(given);
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
            decoder.onNext(item);
        }

        @Override
        public void onError(Throwable throwable) {
            decoder.onError(throwable);
        }

        @Override
        public void onComplete() {
            decoder.onComplete();
        }
    }
}
