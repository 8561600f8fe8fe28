package org.comptoir.ingest.format.csv;

import java.util.List;
import org.comptoir.ingest.InvalidRecordException;
import org.comptoir.ingest.format.Dates;
import org.comptoir.ingest.format.Languages;
import org.comptoir.ingest.format.Located;
import org.comptoir.ingest.format.Texts;
import org.comptoir.post.Author;
import org.comptoir.post.Metrics;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps the decoded values of one CSV record to a post. {@link Post#raw()} is the record as a JSON object
 * keyed by the file's own header names, so unknown columns are kept with their names.
 */
final class CsvRecordMapper {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final CsvColumns columns;
    private final char delimiter;

    CsvRecordMapper(CsvColumns columns, char delimiter) {
        this.columns = columns;
        this.delimiter = delimiter;
    }

    String columnName(int index) {
        return index < columns.size() ? columns.name(index) : "#" + (index + 1);
    }

    Post map(List<String> values, Located where) {
        if (values.size() != columns.size()) {
            throw new InvalidRecordException("record has " + values.size() + " fields but the header has "
                    + columns.size() + " (check the quoting; the delimiter is '" + (delimiter == '\t' ? "\\t" : delimiter) + "')");
        }
        String id = get(values, "id");
        String networkName = get(values, "network");
        if (id == null) {
            throw new InvalidRecordException("missing id: column '" + columns.columnOf("id") + "' is empty"
                    + (networkName != null ? " (network '" + networkName + "' given)" : "")
                    + "; a post without an id cannot be de-duplicated");
        }
        if (networkName == null) {
            throw new InvalidRecordException("missing network: column '" + columns.columnOf("network") + "' is empty");
        }
        Network network = Network.of(networkName);
        String text = values.get(columns.indexOf("text")).strip();
        String title = get(values, "title");
        if (text.isEmpty() && title == null) {
            throw new InvalidRecordException("missing text: column '" + columns.columnOf("text") + "' is empty");
        }
        String createdAt = get(values, "created_at");
        if (createdAt == null) {
            throw new InvalidRecordException("missing created_at: column '" + columns.columnOf("created_at") + "' is empty");
        }
        Author author = new Author(get(values, "author_id"), get(values, "author_handle"), get(values, "author_name"),
                number(values, "author_followers"));
        return new Post(Texts.prefixed(network, id), network, get(values, "url"),
                author.equals(Author.UNKNOWN) ? Author.UNKNOWN : author,
                Texts.checkLength(text, columns.columnOf("text")), title,
                Languages.normalize(get(values, "lang")),
                Dates.parse(createdAt, columns.columnOf("created_at")),
                Texts.prefixed(network, get(values, "in_reply_to")),
                new Metrics(count(values, "likes"), count(values, "reposts"), count(values, "replies")),
                raw(values), null);
    }

    private String get(List<String> values, String field) {
        int index = columns.indexOf(field);
        return index < 0 ? null : Texts.blankToNull(values.get(index));
    }

    private long count(List<String> values, String field) {
        Long n = number(values, field);
        return n == null ? 0 : n;
    }

    /** A whole number; spaces and (narrow) no-break spaces used as thousands separators are ignored. */
    private Long number(List<String> values, String field) {
        String value = get(values, field);
        if (value == null) {
            return null;
        }
        String digits = value.replace(" ", "").replace("\u00A0", "").replace("\u202F", "");
        if (!digits.matches("\\d{1,18}")) {
            throw new InvalidRecordException("column '" + columns.columnOf(field) + "' (" + field
                    + ") is not a non-negative whole number: '" + Texts.preview(value) + "'");
        }
        return Long.parseLong(digits);
    }

    private String raw(List<String> values) {
        ObjectNode object = MAPPER.createObjectNode();
        for (int i = 0; i < values.size(); i++) {
            object.put(columns.name(i), values.get(i));
        }
        return MAPPER.writeValueAsString(object);
    }
}
