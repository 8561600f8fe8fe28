package org.comptoir.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.comptoir.post.Post;

/**
 * The first records of a file as the import will read them, from its first bytes only: the detected (or
 * chosen) format, for CSV the column mapping, and up to {@value #ROWS} records, each a post or a rejection
 * with its reason. Nothing is stored.
 *
 * @param format  null when the format could not be recognised ({@code problem} says why)
 * @param mapping CSV only, else null
 * @param partial true when only the file's first bytes were read (the last, cut record is left out)
 */
public record ImportPreview(String name, ImportFormat format, ColumnMapping mapping, List<Row> rows, boolean partial,
                            String problem) {
    public static final int ROWS = 10;

    /**
     * One record: a post, or a rejection with its reason and raw text.
     *
     * @param number 1-based position among the records read
     * @param line   the rejection's line (0 for a post: readers locate only rejections)
     */
    public record Row(int number, long line, Post post, String reason, String raw) {
        public boolean rejected() {
            return post == null;
        }
    }

    /** Options the import will use: the mapping's columns as {@code --map} entries. */
    public ImportOptions options() {
        return mapping == null ? ImportOptions.defaults() : mapping.options();
    }

    /** The same import on the command line ({@code comptoir import --map 'Message=text' export.csv}), quoted for a shell. */
    public String command() {
        StringBuilder line = new StringBuilder("comptoir import");
        if (mapping != null) {
            mapping.asMappings().forEach(m -> line.append(" --map ").append(shellQuoted(m)));
        }
        return line.append(' ').append(shellQuoted(name == null ? "FILE" : name)).toString();
    }

    private static String shellQuoted(String word) {
        return word.matches("[A-Za-z0-9_.=/-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    public boolean ready() {
        return format != null && problem == null && (mapping == null || mapping.missing().isEmpty());
    }

    /**
     * @param head          the file's first bytes (at most {@link PostFileReader#DETECT_HEAD_BYTES} are used)
     * @param wholeFile     whether {@code head} is the whole file
     * @param chosen        the format chosen by the user, null to detect it
     * @param given         column → field mappings chosen by the user
     * @param proposeOthers whether to propose fields for the columns {@code given} leaves unmapped
     */
    public static ImportPreview of(byte[] head, String name, boolean wholeFile, ImportFormat chosen,
                                   Map<String, String> given, boolean proposeOthers) {
        ImportFormat format = chosen;
        if (format == null) {
            try {
                format = PostFileReader.detect(head, name);
            } catch (UnknownFormatException e) {
                return new ImportPreview(name, null, null, List.of(), !wholeFile, e.getMessage());
            }
        }
        try {
            ColumnMapping mapping = format == ImportFormat.CSV
                    ? ColumnMapping.of(PostFileReader.csvHeader(head), given, proposeOthers) : null;
            ImportPreview shape = new ImportPreview(name, format, mapping, List.of(), !wholeFile, null);
            if ((format == ImportFormat.FEED || format == ImportFormat.XLSX) && !wholeFile) {
                return shape; // a feed is one XML document, a workbook a ZIP whose index is at its end: a head does not parse
            }
            byte[] complete = wholeFile || format == ImportFormat.XLSX ? head : upToLastLineBreak(head);
            return new ImportPreview(name, format, mapping, firstRows(complete, name, format, shape.options()), !wholeFile, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Row> firstRows(byte[] bytes, String name, ImportFormat format, ImportOptions options) throws IOException {
        List<Row> rows = new ArrayList<>();
        RecordSink sink = new RecordSink() {
            @Override
            public void accept(Post post) {
                add(new Row(rows.size() + 1, 0, post, null, null));
            }

            @Override
            public void reject(Rejection rejection) {
                add(new Row(rows.size() + 1, rejection.line(), null, rejection.reason(),
                        new String(rejection.raw(), 0, Math.min(rejection.raw().length, 2000), StandardCharsets.UTF_8)));
            }

            private void add(Row row) {
                rows.add(row);
                if (rows.size() >= ROWS) {
                    throw new Enough();
                }
            }
        };
        try {
            new PostFileReader().read(new ByteArrayInputStream(bytes), name, format, options, sink);
        } catch (Enough enough) {
            // the first rows are all a preview shows
        }
        return rows;
    }

    private static byte[] upToLastLineBreak(byte[] head) {
        for (int i = head.length - 1; i >= 0; i--) {
            if (head[i] == '\n') {
                return java.util.Arrays.copyOf(head, i + 1);
            }
        }
        return head;
    }

    /** Stops reading once the preview has its rows. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }
}
