package org.comptoir.ingest.format.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.comptoir.ingest.ImportOptions;
import org.comptoir.ingest.InvalidRecordException;
import org.comptoir.ingest.format.CsvHeaderShape;
import org.comptoir.ingest.format.FormatReader;
import org.comptoir.ingest.format.Located;
import org.comptoir.ingest.format.RecordEmitter;
import org.comptoir.ingest.format.StrictUtf8;

/**
 * Reads CSV with a header row, streaming. The delimiter ({@code ;} as in French Excel exports, tab or
 * {@code ,}) is detected on the header line; a UTF-8 BOM is skipped. A header problem (a required field
 * without a column, a {@code --map} naming no column) is one rejection for the whole file.
 */
public final class CsvReader implements FormatReader {

    @Override
    public void read(InputStream in, ImportOptions options, RecordEmitter emitter) throws IOException {
        byte[] head = in.readNBytes(64 * 1024);
        java.nio.charset.Charset utf16 = org.comptoir.ingest.format.Utf16.charset(head);
        if (utf16 != null) {
            in = org.comptoir.ingest.format.Utf16.asUtf8(head, in, utf16);
            head = in.readNBytes(64 * 1024);
        }
        int bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        char delimiter = CsvHeaderShape.delimiter(firstLine(head, bom));
        InputStream rest = new SequenceInputStream(new ByteArrayInputStream(head, bom, head.length - bom), in);
        CsvScanner scanner = new CsvScanner(rest, delimiter, bom);
        CsvScanner.RawRecord headerRecord = scanner.next();
        if (headerRecord == null) {
            return;
        }
        TableMapper mapper;
        java.util.ArrayDeque<CsvScanner.RawRecord> pending = new java.util.ArrayDeque<>();
        try {
            if (headerRecord.problem() != null) {
                throw new InvalidRecordException("CSV header: " + headerRecord.problem());
            }
            headerRecord = laterHeader(scanner, headerRecord, options, pending);
            mapper = TableMapper.of(decode(headerRecord, null), options, delimiter);
        } catch (InvalidRecordException e) {
            emitter.reject(locate(headerRecord), e.getMessage() + "; nothing was imported from this file");
            return;
        }
        CsvScanner.RawRecord record;
        while ((record = pending.isEmpty() ? scanner.next() : pending.poll()) != null) {
            if (record.isBlank()) {
                continue;
            }
            CsvScanner.RawRecord current = record;
            Located where = locate(current);
            if (current.problem() != null) {
                emitter.reject(where, current.problem());
                continue;
            }
            emitter.emit(where, () -> mapper.map(decode(current, mapper), where));
        }
    }

    /**
     * The header of a known export that comes after a few report lines (Brandwatch), or the first record when
     * none of the next {@link TableMapper#MAX_PREAMBLE_ROWS} is one; the records read ahead stay in {@code pending}.
     */
    private static CsvScanner.RawRecord laterHeader(CsvScanner scanner, CsvScanner.RawRecord first, ImportOptions options,
                                                    java.util.Deque<CsvScanner.RawRecord> pending) throws IOException {
        List<String> firstNames = lenient(first);
        if (TableMapper.firstRowIsHeader(firstNames, options)) {
            return first;
        }
        for (int i = 0; i < TableMapper.MAX_PREAMBLE_ROWS; i++) {
            CsvScanner.RawRecord next = scanner.next();
            if (next == null) {
                break;
            }
            pending.add(next);
            if (next.problem() == null && TableMapper.isLaterHeader(firstNames, lenient(next), options)) {
                pending.clear();
                return next;
            }
        }
        return first;
    }

    private static List<String> lenient(CsvScanner.RawRecord record) {
        return record.fields().stream().map(field -> new String(field, StandardCharsets.UTF_8).strip()).toList();
    }

    /**
     * The header names of a CSV file from its first bytes (delimiter detected, BOM skipped, names trimmed; the
     * header of a known export after its report lines); empty when there is no complete header; invalid UTF-8 is replaced.
     */
    public static List<String> header(byte[] head) throws IOException {
        java.nio.charset.Charset utf16 = org.comptoir.ingest.format.Utf16.charset(head);
        if (utf16 != null) {
            head = org.comptoir.ingest.format.Utf16.headAsUtf8(head, utf16);
        }
        int bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        char delimiter = CsvHeaderShape.delimiter(firstLine(head, bom));
        CsvScanner scanner = new CsvScanner(new ByteArrayInputStream(head, bom, head.length - bom), delimiter, bom);
        CsvScanner.RawRecord record = scanner.next();
        if (record == null || record.problem() != null) {
            return List.of();
        }
        List<String> first = lenient(record);
        if (!TableMapper.firstRowIsHeader(first, null)) {
            for (int i = 0; i < TableMapper.MAX_PREAMBLE_ROWS && (record = scanner.next()) != null; i++) {
                if (record.problem() == null && TableMapper.isLaterHeader(first, lenient(record), null)) {
                    return lenient(record);
                }
            }
        }
        return first;
    }

    private static List<String> decode(CsvScanner.RawRecord record, TableMapper mapper) {
        List<String> values = new ArrayList<>(record.fields().size());
        for (int i = 0; i < record.fields().size(); i++) {
            String column = mapper == null ? "header column " + (i + 1) : "column '" + mapper.columnName(i) + "'";
            values.add(StrictUtf8.decode(record.fields().get(i), column));
        }
        return values;
    }

    private static Located locate(CsvScanner.RawRecord record) {
        return new Located(record.line(), record.offset(), record.raw());
    }

    private static String firstLine(byte[] head, int from) {
        int end = from;
        while (end < head.length && head[end] != '\n') {
            end++;
        }
        return new String(head, from, end - from, StandardCharsets.UTF_8);
    }
}
