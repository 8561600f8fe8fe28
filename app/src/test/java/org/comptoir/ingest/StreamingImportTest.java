package org.comptoir.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;
import org.comptoir.post.Post;
import org.junit.jupiter.api.Test;

/** Feeds readers inputs generated on the fly, so nothing ever holds the whole file, and counts what comes out. */
class StreamingImportTest {

    @Test
    void streamsTwentyThousandJsonLinesAndQuarantinesEveryThousandthOne() throws IOException {
        int lines = 20_000;
        InputStream in = new GeneratedInput(lines, i -> i % 1000 == 999 ? "{broken\n"
                : "{\"id\":\"x:" + i + "\",\"network\":\"x\",\"text\":\"post " + i + "\",\"created_at\":\"2026-03-01T10:15:00Z\"}\n");
        CountingSink sink = new CountingSink();

        new PostFileReader().read(in, "generated.jsonl", ImportFormat.JSONL, ImportOptions.defaults(), sink);

        assertThat(sink.accepted).isEqualTo(19_980);
        assertThat(sink.rejected).isEqualTo(20);
        assertThat(sink.lastRejectedLine).isEqualTo(20_000);
    }

    @Test
    void streamsAHugeRootArrayOfMastodonStatusesOneElementAtATime() throws IOException {
        int statuses = 10_000;
        InputStream in = new GeneratedInput(statuses + 2, i -> i == 0 ? "[\n" : i == statuses + 1 ? "]\n"
                : "  {\"id\":\"" + i + "\",\"created_at\":\"2026-03-01T10:15:00.000Z\",\"content\":\"<p>toot " + i
                        + "</p>\",\"account\":{\"id\":\"1\",\"acct\":\"a@b.c\"}}" + (i == statuses ? "\n" : ",\n"));
        CountingSink sink = new CountingSink();

        new PostFileReader().read(in, "timeline.json", ImportFormat.MASTODON, ImportOptions.defaults(), sink);

        assertThat(sink.accepted).isEqualTo(statuses);
        assertThat(sink.rejected).isZero();
    }

    @Test
    void streamsALargeCsv() throws IOException {
        int rows = 20_000;
        InputStream in = new GeneratedInput(rows + 1, i -> i == 0 ? "id;network;text;created_at\r\n"
                : i + ";review;\"avis " + i + "\nsur deux lignes\";2026-03-01 10:15:00\r\n");
        CountingSink sink = new CountingSink();

        new PostFileReader().read(in, "big.csv", ImportFormat.CSV, ImportOptions.defaults(), sink);

        assertThat(sink.accepted).isEqualTo(rows);
        assertThat(sink.lastText).isEqualTo("avis " + rows + "\nsur deux lignes");
    }

    /** An input stream producing line i from a function, never materialising the whole content. */
    private static final class GeneratedInput extends InputStream {
        private final int count;
        private final IntFunction<String> line;
        private byte[] current = new byte[0];
        private int pos;
        private int next;

        GeneratedInput(int count, IntFunction<String> line) {
            this.count = count;
            this.line = line;
        }

        @Override
        public int read() {
            if (pos == current.length) {
                if (next == count) {
                    return -1;
                }
                current = line.apply(next++).getBytes(StandardCharsets.UTF_8);
                pos = 0;
            }
            return current[pos++] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = 0;
            while (n < len) {
                int c = read();
                if (c < 0) {
                    return n == 0 ? -1 : n;
                }
                b[off + n++] = (byte) c;
            }
            return n;
        }
    }

    private static final class CountingSink implements RecordSink {
        long accepted;
        long rejected;
        long lastRejectedLine;
        String lastText;

        @Override
        public void accept(Post post) {
            accepted++;
            lastText = post.text();
        }

        @Override
        public void reject(Rejection rejection) {
            rejected++;
            lastRejectedLine = rejection.line();
        }
    }
}
