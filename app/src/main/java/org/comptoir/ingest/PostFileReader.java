package org.comptoir.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.comptoir.ingest.format.FormatReader;
import org.comptoir.ingest.format.FormatSniffer;
import org.comptoir.ingest.format.RecordEmitter;
import org.comptoir.ingest.format.csv.CsvReader;
import org.comptoir.ingest.format.feed.FeedReader;
import org.comptoir.ingest.format.jetstream.JetstreamReader;
import org.comptoir.ingest.format.jsonl.NativeJsonlReader;
import org.comptoir.ingest.format.mastodon.MastodonReader;
import org.comptoir.ingest.format.x.XApiReader;

/**
 * Reads posts from a file in any {@link ImportFormat}, streaming (only feeds are parsed whole): every record
 * ends up in {@link RecordSink#accept} or, when malformed, in {@link RecordSink#reject} with a reason, and the
 * import goes on. Only I/O failures throw. Formats and quarantine reasons: docs/import-formats.md.
 */
public final class PostFileReader {

    /** How many leading bytes of a file {@link #detect} should be given. */
    public static final int DETECT_HEAD_BYTES = 64 * 1024;

    /**
     * Recognises the format from the content (first non-blank bytes, first JSON object's keys, CSV header);
     * the file name's extension is used only when the content is not conclusive.
     *
     * @param head     the first bytes of the file, ideally {@link #DETECT_HEAD_BYTES} of them
     * @param fileName the file name, may be null
     */
    public static ImportFormat detect(byte[] head, String fileName) throws UnknownFormatException {
        return FormatSniffer.detect(head, fileName);
    }

    /** The header names of a CSV file from its first bytes; empty when the header is incomplete or malformed. */
    public static java.util.List<String> csvHeader(byte[] head) throws IOException {
        return CsvReader.header(head);
    }

    public void read(InputStream in, String sourceName, ImportFormat format, ImportOptions options, RecordSink sink)
            throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sink, "sink");
        readerFor(format).read(in, options == null ? ImportOptions.defaults() : options, new RecordEmitter(sourceName, sink));
    }

    private static FormatReader readerFor(ImportFormat format) {
        return switch (format) {
            case JSONL -> new NativeJsonlReader();
            case CSV -> new CsvReader();
            case XLSX -> new org.comptoir.ingest.format.xlsx.XlsxReader();
            case X_API -> new XApiReader();
            case MASTODON -> new MastodonReader();
            case JETSTREAM -> new JetstreamReader();
            case FEED -> new FeedReader();
            case REDDIT -> new org.comptoir.ingest.format.reddit.RedditReader();
        };
    }
}
