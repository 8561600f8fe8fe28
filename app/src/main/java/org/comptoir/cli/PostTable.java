package org.comptoir.cli;

import java.io.PrintStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Prints posts (native JSON lines) as a human-readable table: date, network, author, topics, text. */
final class PostTable {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int TEXT_WIDTH = 90;
    private final PrintStream out;

    PostTable(PrintStream out) {
        this.out = out;
    }

    void print(String jsonLine) {
        JsonNode post = JSON.readTree(jsonLine);
        String date = post.path("created_at").asString("");
        String author = post.path("author").path("handle").asString(post.path("author").path("name").asString(""));
        StringBuilder topics = new StringBuilder();
        post.path("topics").forEach(t -> topics.append(topics.isEmpty() ? "" : ",").append(t.asString()));
        String text = post.path("text").asString("").replaceAll("\\s+", " ").strip();
        if (text.length() > TEXT_WIDTH) {
            text = text.substring(0, TEXT_WIDTH - 1) + "…";
        }
        out.printf("%-20.20s %-9.9s %-24.24s %-20.20s %s%n", date, post.path("network").asString(""), author, topics, text);
    }

    void footer(long total, int shown) {
        out.printf("-- %d shown of %d matching posts%n", shown, total);
    }
}
