package org.comptoir.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.comptoir.post.Author;
import org.comptoir.post.Metrics;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import org.junit.jupiter.api.Test;

class NativeJsonlImportTest {
    private static final String GOOD_1 = "{\"id\":\"mastodon:1099\",\"network\":\"mastodon\",\"url\":\"https://piaille.fr/@marie/1099\","
            + "\"author\":{\"id\":\"42\",\"handle\":\"@marie@piaille.fr\",\"name\":\"Marie\",\"followers\":312},"
            + "\"text\":\"Encore en retard\",\"title\":null,\"lang\":\"fr\",\"created_at\":\"2026-03-01T10:15:00Z\","
            + "\"in_reply_to\":\"mastodon:1090\",\"metrics\":{\"likes\":3,\"reposts\":1,\"replies\":0},\"extra\":{\"kept\":true}}";
    private static final String BAD_JSON = "{\"id\":\"x:2\",\"network\":\"x\",\"text\":\"oops\",";
    private static final String MISSING_ID = "{\"network\":\"x\",\"text\":\"no id\",\"created_at\":\"2026-03-01T10:15:00Z\"}";
    private static final String BAD_DATE = "{\"id\":\"x:3\",\"network\":\"x\",\"text\":\"bad date\",\"created_at\":\"01/03/2026\"}";
    private static final String NUMBER_TEXT = "{\"id\":\"x:5\",\"network\":\"x\",\"text\":42,\"created_at\":\"2026-03-01T10:15:00Z\"}";
    private static final String STRING_AUTHOR = "{\"id\":\"x:6\",\"network\":\"x\",\"author\":\"marie\",\"text\":\"t\",\"created_at\":\"2026-03-01T10:15:00Z\"}";
    private static final String GOOD_2 = "{\"id\":\"x:7\",\"network\":\"twitter\",\"text\":\"last one\",\"created_at\":\"2026-03-01 10:15:00\"}";

    /** Lines: 1 good, 2 blank, 3 bad JSON, 4 missing id, 5 bad date, 6 invalid UTF-8, 7 too long, 8 number text, 9 string author, 10 good. */
    private static byte[] messyFile() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        line(out, GOOD_1);
        line(out, "   ");
        line(out, BAD_JSON);
        line(out, MISSING_ID);
        line(out, BAD_DATE);
        byte[] invalid = "{\"id\":\"x:4\",\"network\":\"x\",\"text\":\"caf\u00e9 ?\",\"created_at\":\"2026-03-01T10:15:00Z\"}"
                .getBytes(StandardCharsets.UTF_8);
        int accent = indexOf(invalid, (byte) 0xC3);
        invalid[accent] = (byte) 0xFF;
        out.writeBytes(invalid);
        out.write('\n');
        line(out, "{\"id\":\"x:8\",\"network\":\"x\",\"text\":\"" + "a".repeat(Post.MAX_TEXT_LENGTH + 1)
                + "\",\"created_at\":\"2026-03-01T10:15:00Z\"}");
        line(out, NUMBER_TEXT);
        line(out, STRING_AUTHOR);
        out.writeBytes(GOOD_2.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void quarantinesEveryKindOfBadRecordAndKeepsTheGoodOnesAroundThem() {
        byte[] file = messyFile();
        CollectingSink sink = CollectingSink.read(file, ImportFormat.JSONL);

        assertThat(sink.posts).extracting(Post::id).containsExactly("mastodon:1099", "x:7");
        assertThat(sink.rejections).extracting(Rejection::line).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(sink.rejections).extracting(Rejection::reason).satisfiesExactly(
                r -> assertThat(r).startsWith("invalid JSON at column"),
                r -> assertThat(r).isEqualTo("missing required field 'id'"),
                r -> assertThat(r).contains("field 'created_at'").contains("'01/03/2026'"),
                r -> assertThat(r).startsWith("invalid UTF-8 byte 0xFF at byte"),
                r -> assertThat(r).isEqualTo("field 'text' is 100001 characters long, more than the limit of 100000"),
                r -> assertThat(r).isEqualTo("field 'text' must be a string, got number 42"),
                r -> assertThat(r).isEqualTo("field 'author' must be an object, got string \"marie\""));
        assertThat(sink.rejections).allMatch(r -> r.source().equals("test"));
    }

    @Test
    void rejectionsCarryTheExactBytesAndOffsetOfTheirLine() {
        byte[] file = messyFile();
        CollectingSink sink = CollectingSink.read(file, ImportFormat.JSONL);

        for (Rejection rejection : sink.rejections) {
            int offset = (int) rejection.offset();
            byte[] slice = java.util.Arrays.copyOfRange(file, offset, offset + rejection.raw().length);
            assertThat(slice).isEqualTo(rejection.raw());
            assertThat(offset == 0 || file[offset - 1] == '\n').isTrue();
        }
        assertThat(new String(sink.rejections.get(1).raw(), StandardCharsets.UTF_8)).isEqualTo(MISSING_ID);
        assertThat(sink.rejections.get(3).raw()).contains((byte) 0xFF);
    }

    @Test
    void mapsEveryFieldOfTheNativeSchemaAndKeepsTheLineAsRaw() {
        CollectingSink sink = CollectingSink.read(GOOD_1 + "\n" + GOOD_2 + "\n", ImportFormat.JSONL);

        Post post = sink.post("mastodon:1099");
        assertThat(post.network()).isEqualTo(Network.MASTODON);
        assertThat(post.url()).isEqualTo("https://piaille.fr/@marie/1099");
        assertThat(post.author()).isEqualTo(new Author("42", "@marie@piaille.fr", "Marie", 312L));
        assertThat(post.text()).isEqualTo("Encore en retard");
        assertThat(post.title()).isNull();
        assertThat(post.lang()).isEqualTo("fr");
        assertThat(post.createdAt()).isEqualTo(Instant.parse("2026-03-01T10:15:00Z"));
        assertThat(post.inReplyTo()).isEqualTo("mastodon:1090");
        assertThat(post.metrics()).isEqualTo(new Metrics(3, 1, 0));
        assertThat(post.raw()).isEqualTo(GOOD_1).contains("\"extra\"");
        Post second = sink.post("x:7");
        assertThat(second.network()).isEqualTo(Network.X);
        assertThat(second.author()).isEqualTo(Author.UNKNOWN);
        assertThat(second.createdAt()).isEqualTo(Instant.parse("2026-03-01T10:15:00Z"));
    }

    @Test
    void readsAPrettyPrintedArrayOfNativeRecordsAsWell() {
        String array = "[\n  " + GOOD_1 + ",\n  " + GOOD_2 + "\n]\n";

        CollectingSink sink = CollectingSink.read(array, ImportFormat.JSONL);

        assertThat(sink.posts).extracting(Post::id).containsExactly("mastodon:1099", "x:7");
        assertThat(sink.posts.get(1).raw()).isEqualTo(GOOD_2);
        assertThat(sink.rejections).isEmpty();
    }

    @Test
    void keepsIdsAsWrittenAcceptsNumericIdsAndSkipsABom() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] line = "{\"id\":1099,\"network\":\"Mastodon\",\"text\":\"t\",\"created_at\":\"2026-03-01T10:15:00.250+01:00\",\"in_reply_to\":\"1090\"}"
                .getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + line.length];
        System.arraycopy(bom, 0, file, 0, 3);
        System.arraycopy(line, 0, file, 3, line.length);

        CollectingSink sink = CollectingSink.read(file, ImportFormat.JSONL);

        assertThat(sink.posts).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("1099");
            assertThat(p.inReplyTo()).isEqualTo("1090");
            assertThat(p.createdAt()).isEqualTo(Instant.parse("2026-03-01T09:15:00.250Z"));
        });
    }

    @Test
    void rejectsAWholeJsonDocumentOnlyFromItsSyntaxErrorOn() {
        String doc = "[\n  " + GOOD_1 + ",\n  {\"id\": oops}\n]\n";

        CollectingSink sink = CollectingSink.read(doc, ImportFormat.JSONL);

        assertThat(sink.posts).extracting(Post::id).containsExactly("mastodon:1099");
        assertThat(sink.rejections).singleElement().satisfies(r -> {
            assertThat(r.reason()).startsWith("invalid JSON at line 3, column").endsWith("the rest of the document cannot be read");
            assertThat(r.line()).isEqualTo(3);
        });
    }

    private static void line(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new AssertionError();
    }
}
