package org.comptoir.ingest;

import java.util.List;
import org.comptoir.ingest.format.Dates;
import org.comptoir.ingest.format.JsonFields;
import org.comptoir.ingest.format.Languages;
import org.comptoir.ingest.format.Texts;
import org.comptoir.post.Analysis;
import org.comptoir.post.Author;
import org.comptoir.post.Metrics;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Comptoir's native JSON post schema, one object per line (documented in docs/import-formats.md):
 * {@code id, network, url, author{id, handle, name, followers}, text, title, lang, created_at,
 * in_reply_to, metrics{likes, reposts, replies}}. Required: id, network, text, created_at.
 * {@link #write} adds {@code topics} and, for analysed posts, {@code sentiment, confidence, intent, evidence, complaint}
 * (and {@code "corrected": true} when a person set them);
 * {@link #read} ignores those output-only fields (analysis is recomputed) and any unknown field.
 */
public final class NativeJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private NativeJson() {
    }

    /** One JSON line (no trailing newline) for a post and the topics it matched. */
    public static String write(Post p, List<String> topics) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", p.id());
        o.put("network", p.network().name());
        o.put("url", p.url());
        ObjectNode author = o.putObject("author");
        author.put("id", p.author().id());
        author.put("handle", p.author().handle());
        author.put("name", p.author().name());
        author.put("followers", p.author().followers());
        o.put("text", p.text());
        o.put("title", p.title());
        o.put("lang", p.analysis() == null ? p.lang() : p.effectiveLang());
        o.put("created_at", p.createdAt().toString());
        o.put("in_reply_to", p.inReplyTo());
        ObjectNode metrics = o.putObject("metrics");
        metrics.put("likes", p.metrics().likes());
        metrics.put("reposts", p.metrics().reposts());
        metrics.put("replies", p.metrics().replies());
        ArrayNode topicArray = o.putArray("topics");
        (topics == null ? List.<String>of() : topics).forEach(topicArray::add);
        Analysis analysis = p.analysis();
        if (analysis != null) {
            o.put("sentiment", analysis.sentiment() == null ? null : analysis.sentiment().label());
            o.put("confidence", analysis.confidence());
            o.put("intent", analysis.intent() == null ? null : analysis.intent().label());
            ArrayNode evidence = o.putArray("evidence");
            analysis.evidence().forEach(evidence::add);
            if (analysis.corrected()) {
                o.put("corrected", true);
            }
            if (analysis.complaint() != null) {
                o.put("complaint", analysis.complaint());
            }
        }
        return MAPPER.writeValueAsString(o);
    }

    /**
     * Parses one native JSON line; {@link Post#raw()} is the line.
     *
     * @throws InvalidRecordException with the quarantine reason when the line is not a valid record
     */
    public static Post read(String line) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JacksonException e) {
            throw new InvalidRecordException("invalid JSON: " + Texts.preview(String.valueOf(e.getOriginalMessage())));
        }
        return fromJson(node, line);
    }

    /** Maps an already parsed native record; {@code raw} becomes {@link Post#raw()}. */
    public static Post fromJson(JsonNode node, String raw) {
        if (node == null || !node.isObject()) {
            throw new InvalidRecordException("expected a JSON object, got " + JsonFields.describe(node));
        }
        String id = JsonFields.requiredId(node, "id", "id");
        String networkName = JsonFields.requiredString(node, "network", "network");
        if (networkName.isBlank()) {
            throw new InvalidRecordException("field 'network' is empty");
        }
        Network network = Network.of(networkName);
        String text = Texts.checkLength(JsonFields.requiredString(node, "text", "text"), "text");
        String createdAt = JsonFields.requiredString(node, "created_at", "created_at");
        JsonNode author = JsonFields.optionalObject(node, "author", "author");
        JsonNode metrics = JsonFields.optionalObject(node, "metrics", "metrics");
        return new Post(id.strip(), network,
                JsonFields.optionalString(node, "url", "url"),
                author == null ? Author.UNKNOWN : new Author(
                        JsonFields.optionalId(author, "id", "author.id"),
                        JsonFields.optionalString(author, "handle", "author.handle"),
                        JsonFields.optionalString(author, "name", "author.name"),
                        JsonFields.optionalCount(author, "followers", "author.followers")),
                text,
                JsonFields.optionalString(node, "title", "title"),
                Languages.normalize(JsonFields.optionalString(node, "lang", "lang")),
                Dates.parse(createdAt, "created_at"),
                Texts.blankToNull(JsonFields.optionalId(node, "in_reply_to", "in_reply_to")),
                metrics == null ? Metrics.NONE : new Metrics(
                        JsonFields.count(metrics, "likes", "metrics.likes"),
                        JsonFields.count(metrics, "reposts", "metrics.reposts"),
                        JsonFields.count(metrics, "replies", "metrics.replies")),
                raw, null);
    }
}
