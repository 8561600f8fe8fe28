package org.comptoir.ingest.format;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.comptoir.ingest.ImportFormat;
import org.comptoir.ingest.UnknownFormatException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Recognises a file format from its first bytes, the file name's extension being only a fallback:
 * a ZIP container ({@code PK}) with {@code xl/} parts (or named {@code .xlsx}) is an XLSX workbook; {@code <} is a feed; {@code {}/{@code [} is JSON classified by the keys of the first object; a first line
 * that looks like a delimited header is CSV.
 */
public final class FormatSniffer {
    private FormatSniffer() {
    }

    public static ImportFormat detect(byte[] head, String fileName) throws UnknownFormatException {
        byte[] bytes = head == null ? new byte[0] : head;
        java.nio.charset.Charset utf16 = Utf16.charset(bytes);
        if (utf16 != null) {
            bytes = Utf16.headAsUtf8(bytes, utf16); // Excel "Unicode text", Meltwater: read as UTF-8 once transcoded
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4
                && (fromExtension(fileName) == ImportFormat.XLSX || new String(bytes, StandardCharsets.ISO_8859_1).contains("xl/"))) {
            return ImportFormat.XLSX; // a ZIP container holding an Excel workbook's xl/ parts
        }
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        ImportFormat hint = fromExtension(fileName);
        if (i == bytes.length) {
            if (hint != null) {
                return hint;
            }
            throw new UnknownFormatException("cannot recognise the format of " + name(fileName)
                    + ": it is empty or blank; " + choose());
        }
        if (bytes[i] == '<') {
            return ImportFormat.FEED;
        }
        if (bytes[i] == '{' || bytes[i] == '[') {
            Set<String> keys = firstObjectKeys(bytes, i);
            ImportFormat format = fromKeys(keys);
            return format == null && keys.isEmpty() && hint != null ? hint : format == null ? ImportFormat.JSONL : format;
        }
        String firstLine = firstLine(bytes, i);
        if (CsvHeaderShape.looksLikeHeader(firstLine) || hint == ImportFormat.CSV) {
            return ImportFormat.CSV;
        }
        if (hint != null) {
            return hint;
        }
        throw new UnknownFormatException("cannot recognise the format of " + name(fileName) + ": it starts with '"
                + Texts.preview(firstLine.length() > 40 ? firstLine.substring(0, 40) : firstLine)
                + "', which is neither '<' (RSS/Atom), '{' or '[' (JSON) nor a CSV header such as "
                + "'id;network;text;created_at'; " + choose());
    }

    static ImportFormat fromKeys(Set<String> keys) {
        if (keys.contains("data") || keys.contains("includes") || keys.contains("errors") && !keys.contains("id")) {
            return ImportFormat.X_API;
        }
        if (keys.contains("kind") && keys.contains("did") || keys.contains("commit")) {
            return ImportFormat.JETSTREAM;
        }
        if (keys.contains("statuses") || keys.contains("account") && keys.contains("content")
                || keys.contains("content") && (keys.contains("visibility") || keys.contains("favourites_count"))) {
            return ImportFormat.MASTODON;
        }
        return keys.isEmpty() ? null : ImportFormat.JSONL;
    }

    /** Top-level keys of the first JSON object (inside a root array if any), as far as the head goes. */
    static Set<String> firstObjectKeys(byte[] bytes, int from) {
        Set<String> keys = new LinkedHashSet<>();
        try (JsonParser parser = JsonUnitParser.MAPPER.createParser(bytes, from, bytes.length - from)) {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_ARRAY) {
                token = parser.nextToken();
            }
            if (token != JsonToken.START_OBJECT) {
                return keys;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                keys.add(parser.currentName());
                parser.nextToken();
                parser.skipChildren();
            }
        } catch (JacksonException e) {
            // a truncated head or a bad first record: classify on the keys seen so far
        }
        return keys;
    }

    private static String firstLine(byte[] bytes, int from) {
        int end = from;
        while (end < bytes.length && bytes[end] != '\n') {
            end++;
        }
        return new String(bytes, from, end - from, StandardCharsets.UTF_8).strip();
    }

    private static ImportFormat fromExtension(String fileName) {
        if (fileName == null) {
            return null;
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return ImportFormat.JSONL;
        }
        if (lower.endsWith(".csv") || lower.endsWith(".tsv")) {
            return ImportFormat.CSV;
        }
        if (lower.endsWith(".xlsx")) {
            return ImportFormat.XLSX;
        }
        if (lower.endsWith(".rss") || lower.endsWith(".atom") || lower.endsWith(".xml")) {
            return ImportFormat.FEED;
        }
        return null;
    }

    private static String name(String fileName) {
        return fileName == null ? "the input" : "'" + fileName + "'";
    }

    private static String choose() {
        return "choose one with --format: " + ImportFormat.accepted();
    }
}
