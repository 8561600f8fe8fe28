package org.comptoir.enrich.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.comptoir.post.Sentiment;

/**
 * Reads {@code label<TAB>text[<TAB>lang]} files. Lines without a tab, with an unknown label or with an
 * empty text are skipped and counted, and the first few reasons are kept for the report.
 */
final class LabelledTsv {

    static final int MAX_REASONS = 5;

    final List<LabelledPost> posts = new ArrayList<>();
    final List<String> skippedReasons = new ArrayList<>();
    int skipped;

    static LabelledTsv read(Path file, String defaultLang) throws IOException {
        LabelledTsv tsv = new LabelledTsv();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                tsv.parse(line, number, file, defaultLang);
            }
        }
        return tsv;
    }

    private void parse(String line, int number, Path file, String defaultLang) {
        if (line.isBlank()) {
            return;
        }
        String[] cols = line.split("\t", 3);
        if (cols.length < 2) {
            skip(file, number, "no tab between label and text");
            return;
        }
        Sentiment label;
        try {
            label = Sentiment.fromLabel(cols[0]);
        } catch (IllegalArgumentException e) {
            skip(file, number, "unknown label '" + cols[0] + "' (expected negative, neutral or positive)");
            return;
        }
        if (cols[1].isBlank()) {
            skip(file, number, "empty text");
            return;
        }
        String lang = cols.length == 3 && !cols[2].isBlank() ? cols[2].strip().toLowerCase(Locale.ROOT) : defaultLang;
        posts.add(new LabelledPost(label, cols[1], lang));
    }

    private void skip(Path file, int number, String reason) {
        skipped++;
        if (skippedReasons.size() < MAX_REASONS) {
            skippedReasons.add(file.getFileName() + ":" + number + ": " + reason);
        }
    }

    /** The language of a corpus file from its name: {@code xlmt_fr_train.tsv} gives {@code fr}. */
    static String languageOf(Path file) {
        String name = file.getFileName().toString();
        String[] parts = name.split("_");
        for (int i = parts.length - 2; i >= 0; i--) {
            if (parts[i].matches("[a-z]{2,3}")) {
                return parts[i];
            }
        }
        return "und";
    }
}
