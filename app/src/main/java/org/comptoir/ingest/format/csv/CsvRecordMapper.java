package org.comptoir.ingest.format.csv;

import java.util.List;
import org.comptoir.ingest.InvalidRecordException;
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
            throw new InvalidRecordException(delimiter == 0
                    ? "row has " + values.size() + " cells but the header has " + columns.size()
                    : "record has " + values.size() + " fields but the header has "
                    + columns.size() + " (check the quoting; the delimiter is '" + (delimiter == '\t' ? "\\t" : delimiter) + "')");
        }
        String url = get(values, "url");
        String id = SpreadsheetIds.check(get(values, "id"), columns.columnOf("id"));
        String networkName = network(values, url);
        if (id == null && columns.shape() != null && columns.shape().idFromUrl()) {
            id = url;
        }
        if (id == null) {
            throw new InvalidRecordException("missing id: column '" + columns.columnOf("id") + "' is empty"
                    + (networkName != null ? " (network '" + networkName + "' given)" : "")
                    + "; a post without an id cannot be de-duplicated");
        }
        if (networkName == null) {
            throw new InvalidRecordException("missing network: column '" + columns.columnOf("network")
                    + "' is empty (give one for the whole file with --network)");
        }
        Network network = Network.of(networkName);
        String text = get(values, "text") == null ? "" : get(values, "text");
        String title = get(values, "title");
        if (text.isEmpty() && title == null) {
            throw new InvalidRecordException("missing text: column '" + columns.columnOf("text") + "' is empty");
        }
        String createdAt = get(values, "created_at");
        if (createdAt == null) {
            throw new InvalidRecordException("missing created_at: column '" + columns.columnOf("created_at") + "' is empty");
        }
        String handle = XCells.handle(get(values, "author_handle"), network);
        Author author = new Author(SpreadsheetIds.check(get(values, "author_id"), columns.columnOf("author_id")),
                handle, get(values, "author_name"), number(values, "author_followers"));
        String postId = Texts.prefixed(network, id);
        return new Post(postId, network, url != null ? url : XCells.statusUrl(network, id, handle),
                author.equals(Author.UNKNOWN) ? Author.UNKNOWN : author,
                Texts.checkLength(text, columns.columnOf("text")), title,
                Languages.normalize(get(values, "lang")),
                ExportDates.parse(createdAt, columns.columnOf("created_at"), columns.shape()),
                Texts.prefixed(network, SpreadsheetIds.check(ReplyCells.repliedTo(get(values, "in_reply_to")),
                        columns.columnOf("in_reply_to"))),
                new Metrics(count(values, "likes"), count(values, "reposts") + added(values, "reposts"),
                        count(values, "replies")),
                raw(values), null);
    }

    /** The network cell (a tool's source type normalised), else --network, else the shape's own or the URL's. */
    private String network(List<String> values, String url) {
        String cell = get(values, "network");
        ExportShape shape = columns.shape();
        if (cell != null) {
            return shape != null && shape.networkRule() == ExportShape.Network.COLUMN ? ToolNetworks.fromSourceType(cell) : cell;
        }
        if (columns.defaultNetwork() != null) {
            return columns.defaultNetwork();
        }
        if (shape == null) {
            return null;
        }
        return switch (shape.networkRule()) {
            case FIXED -> shape.fixedNetwork();
            case URL_HOST -> ToolNetworks.fromUrl(url);
            case COLUMN -> null;
        };
    }

    private long added(List<String> values, String field) {
        int index = columns.addedIndexOf(field);
        if (index < 0) {
            return 0;
        }
        String value = Texts.blankToNull(values.get(index));
        if (value == null) {
            return 0;
        }
        String digits = value.replace(" ", "").replace("\u00A0", "").replace("\u202F", "");
        if (!digits.matches("\\d{1,18}")) {
            throw new InvalidRecordException("column '" + columns.name(index) + "' (" + field
                    + ") is not a non-negative whole number: '" + Texts.preview(value) + "'");
        }
        return Long.parseLong(digits);
    }

    private String get(List<String> values, String field) {
        int index = columns.indexOf(field);
        String value = index < 0 ? null : Texts.blankToNull(values.get(index));
        for (int fallback : columns.fallbacksOf(field)) {
            value = value != null ? value : Texts.blankToNull(values.get(fallback));
        }
        return value;
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
