package org.comptoir.enrich.brand;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.comptoir.post.Intent;
import org.comptoir.post.Sentiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrandPostsTest {
    @TempDir
    Path dir;

    @Test
    void readsBothFormatsAndNamesEveryRejectedLine() throws Exception {
        Path file = dir.resolve("mixed.tsv");
        Files.writeString(file, """
                # comment
                fr\tnegative\tquestion\t1\tpetite question : une panne à Dijon ?
                en\tpositive\tpraise\t0\tcan't fault it

                positive\tlove it\ten
                neutral\tsans langue
                fr\tnegative\tcomplaint\tmaybe\ttexte
                fr\tsad\tcomplaint\t1\ttexte
                fr\tnegative\tgrumble\t1\ttexte
                fr\tnegative\tcomplaint\t1\t\s
                just one field
                """);
        BrandPosts.Read read = BrandPosts.read(file);
        assertThat(read.posts()).containsExactly(
                new BrandPost("fr", Sentiment.NEGATIVE, Intent.QUESTION, true, "petite question : une panne à Dijon ?"),
                new BrandPost("en", Sentiment.POSITIVE, Intent.PRAISE, false, "can't fault it"),
                new BrandPost("en", Sentiment.POSITIVE, null, null, "love it"),
                new BrandPost(null, Sentiment.NEUTRAL, null, null, "sans langue"));
        assertThat(read.rejected()).hasSize(5);
        assertThat(read.rejected().get(0)).startsWith("mixed.tsv:7: complaint must be 1 or 0");
        assertThat(read.rejected().get(1)).contains("unknown sentiment 'sad'");
        assertThat(read.rejected().get(2)).contains("unknown intent 'grumble'");
        assertThat(read.rejected().get(3)).contains("empty text");
        assertThat(read.rejected().get(4)).startsWith("mixed.tsv:11:").contains("found 1 fields");
    }
}
