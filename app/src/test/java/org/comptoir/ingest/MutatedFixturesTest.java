package org.comptoir.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.comptoir.post.Post;
import org.junit.jupiter.api.Test;

/**
 * Every format's fixture, randomly damaged (fixed seed): the reader never throws; whatever it cannot
 * read becomes a rejection with a reason. This found two crashes in the feed reader.
 */
class MutatedFixturesTest {

    @Test
    void damagedFilesOfEveryFormatNeverCrashTheReader() throws Exception {
        List<Path> fixtures = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/ingest"))) {
            files.filter(Files::isRegularFile).forEach(fixtures::add);
        }
        assertThat(fixtures).hasSizeGreaterThan(5);
        Random random = new Random(3);
        long rejections = 0;
        for (int i = 0; i < 6_000; i++) {
            Path fixture = fixtures.get(random.nextInt(fixtures.size()));
            byte[] bytes = damage(Files.readAllBytes(fixture), random);
            ImportFormat format = ImportFormat.values()[random.nextInt(ImportFormat.values().length)];
            List<Rejection> rejected = new ArrayList<>();
            RecordSink sink = new RecordSink() {
                @Override
                public void accept(Post post) {
                    assertThat(post.id()).isNotBlank();
                }

                @Override
                public void reject(Rejection rejection) {
                    rejected.add(rejection);
                }
            };
            new PostFileReader().read(new ByteArrayInputStream(bytes), fixture.getFileName().toString(), format,
                    ImportOptions.defaults(), sink);
            assertThat(rejected).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
            rejections += rejected.size();
        }
        assertThat(rejections).isPositive();
    }

    private static byte[] damage(byte[] bytes, Random random) {
        byte[] damaged = bytes.length == 0 ? new byte[] {'{'} : bytes.clone();
        for (int m = random.nextInt(6); m >= 0; m--) {
            int at = random.nextInt(damaged.length);
            damaged[at] = switch (random.nextInt(4)) {
                case 0 -> (byte) random.nextInt(256);
                case 1 -> '"';
                case 2 -> '{';
                default -> '\n';
            };
        }
        return random.nextInt(5) == 0 ? Arrays.copyOf(damaged, random.nextInt(damaged.length)) : damaged;
    }
}
