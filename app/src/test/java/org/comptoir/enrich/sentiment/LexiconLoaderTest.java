package org.comptoir.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconLoaderTest {
    @TempDir
    Path dir;

    @Test
    void theServiceVocabularyFillsOnlyWhatAfinnLacks() throws Exception {
        Files.createDirectories(dir.resolve("afinn"));
        // AFINN-fr already scores "panne" (here +1, deliberately odd): the service entry must not replace it
        Files.writeString(dir.resolve("afinn/AFINN-fr-165.txt"), "panne\t1\nsuper\t3\n", StandardCharsets.UTF_8);
        LexiconLoader loader = new LexiconLoader();
        Lexicon lexicon = loader.load(dir);

        assertThat(lexicon.get(Lexicon.FR, "panne")[0]).isEqualTo(0.2f);
        assertThat(lexicon.get(Lexicon.FR, "galere")).as("folded key of galère").isNotNull();
        assertThat(lexicon.get(Lexicon.FR, "galere")[0]).isEqualTo(-0.6f);
        assertThat(lexicon.get(Lexicon.EN, "unreachable")[1]).isEqualTo(-0.4f);
        assertThat(loader.notes()).anySatisfy(note -> assertThat(note).contains("vader_lexicon.txt"));
    }
}
