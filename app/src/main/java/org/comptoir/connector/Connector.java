package org.comptoir.connector;

/**
 * Reads one source on its network. A connector has no threads and no timer of its own: the source poller
 * calls {@link #fetch} when it is time, saves the returned cursor once the posts are durable, and decides
 * when to call again. A fetch is bounded by the connector's timeouts, so a hanging server fails it.
 */
public interface Connector extends AutoCloseable {

    /**
     * What is new after {@code cursor}.
     *
     * @param cursor the cursor of the last durable fetch, null on the first one
     * @throws ConnectorFailure when the network cannot be read now; the cursor is then kept
     */
    Fetch fetch(String cursor) throws ConnectorFailure;

    /** Releases a connection held between fetches (a stream); the default holds none. */
    @Override
    default void close() {
    }
}
