package org.comptoir.ingest.format.csv;

import org.comptoir.post.Network;

/** What a CSV row of X posts lacks and the X API reader provides: the {@code @} of a handle and the status URL. */
final class XCells {
    private XCells() {
    }

    /** X handles get their {@code @} ({@code author.username} holds none); other networks keep what is written. */
    static String handle(String handle, Network network) {
        if (handle == null || !network.equals(Network.X) || handle.startsWith("@") || handle.contains(" ")) {
            return handle;
        }
        return "@" + handle;
    }

    /** An X post without a URL column gets its status URL, as the X API reader does; null for other networks. */
    static String statusUrl(Network network, String id, String handle) {
        if (!network.equals(Network.X) || !id.matches("\\d+")) {
            return null;
        }
        return handle != null && handle.startsWith("@") && !handle.contains(" ")
                ? "https://x.com/" + handle.substring(1) + "/status/" + id
                : "https://x.com/i/web/status/" + id;
    }
}
