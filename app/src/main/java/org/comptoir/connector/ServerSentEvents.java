package org.comptoir.connector;

/**
 * Turns the lines of a {@code text/event-stream} into events, as the HTML standard's parsing rules say: a blank
 * line dispatches the event gathered so far; a line starting with {@code :} is a comment (a heartbeat such as
 * Mastodon's {@code :thump}); {@code field: value} loses one space after the colon; {@code data} lines are joined
 * with newlines; an event without data is dropped; {@code id} and {@code retry} are kept for the caller. A partial
 * event when the stream ends is never dispatched. Not thread-safe: one per stream.
 */
public final class ServerSentEvents {
    private final StringBuilder data = new StringBuilder();
    private String type = "";
    private boolean hasData;
    private String lastId = "";

    /** An event: {@code type} ({@code "message"} when the stream named none) and its {@code data}. */
    public record Event(String type, String data, String id) {
    }

    /** Feeds one line (without its line ending); returns the event it completes, else null. */
    public Event line(String line) {
        if (line.isEmpty()) {
            return dispatch();
        }
        if (line.charAt(0) == ':') {
            return null;
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        switch (field) {
            case "event" -> type = value;
            case "data" -> {
                if (hasData) {
                    data.append('\n');
                }
                data.append(value);
                hasData = true;
            }
            case "id" -> {
                if (value.indexOf('\0') < 0) {
                    lastId = value;
                }
            }
            default -> {
                // "retry" and unknown fields are ignored
            }
        }
        return null;
    }

    /** Forgets a partial event (the stream ended in the middle of one). */
    public void reset() {
        data.setLength(0);
        hasData = false;
        type = "";
    }

    private Event dispatch() {
        if (!hasData) {
            type = "";
            return null;
        }
        Event event = new Event(type.isEmpty() ? "message" : type, data.toString(), lastId);
        reset();
        return event;
    }
}
