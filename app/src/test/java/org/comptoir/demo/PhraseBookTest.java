package org.comptoir.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.comptoir.post.Network;
import org.junit.jupiter.api.Test;

class PhraseBookTest {
    private final PhraseBook book = PhraseBook.bundled();

    @Test
    void fillsEveryTemplateOfEverySectionForEveryBrand() {
        Random random = new Random(1);
        for (String section : book.sectionNames()) {
            if (!section.startsWith("fr.") && !section.startsWith("en.")) {
                continue;
            }
            String lang = section.substring(0, 2);
            for (DemoBrand brand : DemoWorld.BRANDS) {
                for (String template : book.lines(section)) {
                    PostVoice voice = new PostVoice(book, random, brand, lang, Network.X)
                            .detail(lang + "." + brand.sector().key() + ".complaint").agent("Lucie").launched(true);
                    String text = TemplateFiller.fill(template, voice);
                    assertThat(text).as("[%s] %s", section, template).doesNotContain("{", "}").isNotBlank();
                }
            }
        }
    }

    @Test
    void hasTheSameKindsOfSectionsInBothLanguages() {
        List<String> french = book.sectionNames().stream().filter(s -> s.startsWith("fr.")).map(s -> s.substring(3))
                .toList();
        List<String> english = book.sectionNames().stream().filter(s -> s.startsWith("en.")).map(s -> s.substring(3))
                .toList();
        assertThat(english).allMatch(french::contains);
        assertThat(french).contains("frame.complaint", "telecom.churn", "crisis.complaint", "launch.question");
    }

    @Test
    void writesEveryProductWithAndWithoutItsArticle() {
        assertThat(book.sectionNames()).filteredOn(s -> s.contains(".product."))
                .allSatisfy(s -> assertThat(book.lines(s)).allMatch(line -> line.indexOf('|') > 0));
    }

    @Test
    void refusesAnUnknownSlotOrSection() {
        PostVoice voice = new PostVoice(book, new Random(1), DemoWorld.DUPAIN, "fr", Network.X);
        assertThatThrownBy(() -> TemplateFiller.fill("{nope}", voice)).hasMessageContaining("{nope}");
        assertThatThrownBy(() -> book.lines("fr.missing")).hasMessageContaining("[fr.missing]");
    }

    @Test
    void treatsHashtagLinesAsTextAndHashSpaceLinesAsComments() throws Exception {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        PhraseBook.parse("test", new BufferedReader(new StringReader("# comment\n[a]\n#honteux\n\n# other\nb\n")),
                sections);
        assertThat(sections).containsOnlyKeys("a");
        assertThat(sections.get("a")).containsExactly("#honteux", "b");
        assertThatThrownBy(() -> PhraseBook.parse("bad", new BufferedReader(new StringReader("text\n")),
                new LinkedHashMap<>())).hasMessageContaining("bad:1");
    }

    @Test
    void tidiesSpacesLeftByEmptySlots() {
        assertThat(TemplateFiller.tidy("  , bonjour  Marie , ça va .")).isEqualTo("bonjour Marie, ça va.");
    }
}
