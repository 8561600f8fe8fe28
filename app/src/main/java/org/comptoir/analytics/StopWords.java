package org.comptoir.analytics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** Words of fr, en, es, de, it, pt (and a few of social text) that carry no topic: one set for every language, since posts mix them. */
final class StopWords {
    private static final Set<String> WORDS = load();

    private StopWords() {
    }

    static boolean contains(String lowerCaseWord) {
        return WORDS.contains(lowerCaseWord);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = StopWords.class.getResourceAsStream("stopwords.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int colon = line.indexOf(':');
                if (line.startsWith("#") || colon < 0) {
                    continue;
                }
                for (String word : line.substring(colon + 1).strip().split("\\s+")) {
                    words.add(word);
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read the stop words resource", e);
        }
        return Set.copyOf(words);
    }
}
