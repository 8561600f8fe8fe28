package org.comptoir.enrich.sentiment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.comptoir.enrich.text.SocialTokenizer;
import org.comptoir.enrich.text.Token;

/**
 * Reads the permissively licensed lexicons (VADER, AFINN en/fr/emoticons, Pattern en/fr adjectives)
 * from a folder laid out as {@code vader/}, {@code afinn/}, {@code pattern/}. Each entry is keyed by the
 * feature form the tokenizer gives it, so lexicon keys and post tokens always agree. Emoji get the mean
 * VADER score of the words of their English description. Missing files are reported, not fatal.
 */
final class LexiconLoader {

    static final String SERVICE_LEXICON = "service-lexicon.tsv";
    private static final Pattern PATTERN_WORD =
            Pattern.compile("<word form=\"([^\"]+)\"[^>]*?polarity=\"(-?[0-9.]+)\"");

    private final SocialTokenizer tokenizer = new SocialTokenizer();
    private final List<String> notes = new ArrayList<>();

    List<String> notes() {
        return notes;
    }

    Lexicon load(Path dir) throws IOException {
        Lexicon lexicon = new Lexicon();
        Lexicon vaderOnly = new Lexicon();
        tsv(dir.resolve("vader/vader_lexicon.txt"), 4f, lexicon, Lexicon.EN, 0, vaderOnly);
        tsv(dir.resolve("afinn/AFINN-en-165.txt"), 5f, lexicon, Lexicon.EN, 1, null);
        tsv(dir.resolve("afinn/AFINN-fr-165.txt"), 5f, lexicon, Lexicon.FR, 0, null);
        tsv(dir.resolve("afinn/AFINN-emoticon-8.txt"), 5f, lexicon, Lexicon.SYMBOLS, 1, null);
        pattern(dir.resolve("pattern/en-sentiment.xml"), lexicon, Lexicon.EN);
        pattern(dir.resolve("pattern/fr-sentiment.xml"), lexicon, Lexicon.FR);
        emoji(dir.resolve("vader/emoji_utf8_lexicon.txt"), lexicon, vaderOnly);
        service(lexicon);
        return lexicon;
    }

    /**
     * Comptoir's own service vocabulary ({@value #SERVICE_LEXICON}, shipped with the code): added to the
     * AFINN slot of its language where AFINN has no score, so it shares the weights AFINN entries learn.
     */
    private void service(Lexicon lexicon) throws IOException {
        try (InputStream in = LexiconLoader.class.getResourceAsStream(SERVICE_LEXICON)) {
            if (in == null) {
                notes.add("lexicon resource missing, skipped: " + SERVICE_LEXICON);
                return;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] cols = line.split("\t");
                if (line.startsWith("#") || cols.length != 3) {
                    continue;
                }
                boolean french = cols[0].equals("fr");
                int group = french ? Lexicon.FR : Lexicon.EN;
                int slot = french ? 0 : 1;
                String key = key(cols[1]);
                float[] existing = key == null ? null : lexicon.get(group, key);
                if (key != null && (existing == null || Float.isNaN(existing[slot]))) {
                    lexicon.put(group, key, slot, Float.parseFloat(cols[2]) / 5f, null);
                }
            }
        }
    }

    private void tsv(Path file, float scale, Lexicon lexicon, int group, int slot, Lexicon copy) throws IOException {
        for (String[] cols : rows(file)) {
            float score;
            try {
                score = Float.parseFloat(cols[1].strip()) / scale;
            } catch (NumberFormatException e) {
                continue;
            }
            String key = key(cols[0]);
            if (key == null) {
                continue;
            }
            int target = isSymbol(key) ? Lexicon.SYMBOLS : group;
            lexicon.put(target, key, target == Lexicon.SYMBOLS ? Math.min(slot, 1) : slot, score, null);
            if (copy != null) {
                copy.put(Lexicon.EN, key, 0, score, null);
            }
        }
    }

    private void pattern(Path file, Lexicon lexicon, int group) throws IOException {
        if (!Files.isRegularFile(file)) {
            notes.add("lexicon file missing, skipped: " + file);
            return;
        }
        Matcher m = PATTERN_WORD.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
            String key = key(m.group(1));
            float polarity = Float.parseFloat(m.group(2));
            if (key != null && polarity != 0f) {
                lexicon.put(group, key, 2, polarity, null);
            }
        }
    }

    private void emoji(Path file, Lexicon lexicon, Lexicon vader) throws IOException {
        for (String[] cols : rows(file)) {
            String key = key(cols[0]);
            if (key == null) {
                continue;
            }
            float sum = 0;
            int hits = 0;
            for (Token word : tokenizer.tokenize(cols[1], "en")) {
                float[] scores = vader.get(Lexicon.EN, word.normalized());
                if (scores != null && !Float.isNaN(scores[0])) {
                    sum += scores[0];
                    hits++;
                }
            }
            if (hits > 0) {
                lexicon.put(Lexicon.SYMBOLS, key, 2, sum / hits, null);
            }
        }
    }

    /** The tab-separated rows of at least two columns of a lexicon file; none (and a note) when it is missing. */
    private List<String[]> rows(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            notes.add("lexicon file missing, skipped: " + file);
            return List.of();
        }
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t");
            if (cols.length >= 2) {
                rows.add(cols);
            }
        }
        return rows;
    }

    /** The feature form of a single-token entry, or null for multi-word entries. */
    private String key(String entry) {
        List<Token> tokens = tokenizer.tokenize(entry.strip(), "und");
        return tokens.size() == 1 ? tokens.get(0).normalized() : null;
    }

    static boolean isSymbol(String key) {
        return !key.isEmpty() && !Character.isLetter(key.codePointAt(0));
    }
}
