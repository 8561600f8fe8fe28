package org.comptoir.enrich.sentiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.comptoir.enrich.text.SocialTokenizer;

/**
 * The posts of every evaluation file ({@code *_val.tsv}, {@code *_test.tsv}) of a data folder, so that
 * training can leave them out: corpora overlap (most XLM-T English training tweets are TweetEval
 * validation tweets), and a model must never be scored on posts it was trained on. Posts are compared on
 * a key that ignores case, links, mentions, punctuation and spacing; keys under 5 characters are not compared.
 */
final class HeldOutPosts {

    private static final int MIN_KEY = 5;

    private final Set<String> keys = new HashSet<>();

    static HeldOutPosts of(Path dataDir) throws IOException {
        HeldOutPosts heldOut = new HeldOutPosts();
        List<Path> files;
        try (Stream<Path> list = Files.list(dataDir)) {
            files = list.filter(p -> {
                String name = p.getFileName().toString();
                return name.endsWith("_val.tsv") || name.endsWith("_test.tsv");
            }).sorted().toList();
        }
        for (Path file : files) {
            for (LabelledPost post : LabelledTsv.read(file, "und").posts) {
                String key = key(post.text());
                if (key.length() >= MIN_KEY) {
                    heldOut.keys.add(key);
                }
            }
        }
        return heldOut;
    }

    boolean contains(String text) {
        return !keys.isEmpty() && keys.contains(key(text));
    }

    int size() {
        return keys.size();
    }

    static String key(String text) {
        StringBuilder key = new StringBuilder(text.length());
        for (String word : SocialTokenizer.decode(text).toLowerCase(Locale.ROOT).split("\\s+")) {
            if (word.startsWith("http") || word.startsWith("@") || word.startsWith("www.")) {
                continue;
            }
            word.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        }
        return key.toString();
    }
}
