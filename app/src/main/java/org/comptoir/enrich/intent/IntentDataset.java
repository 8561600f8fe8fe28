package org.comptoir.enrich.intent;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.comptoir.post.Intent;

/**
 * A labelled intent file ({@code label<TAB>lang<TAB>text}, UTF-8, {@code #} comments and blank lines
 * allowed) and its deterministic train/test split. Lines that cannot be used are not dropped silently:
 * each is kept in {@link #rejected()} with its line number and reason.
 */
record IntentDataset(List<LabelledPost> posts, List<String> rejected) {
    /** The fixed seed of the stratified split; changing it changes every published figure. */
    static final long SPLIT_SEED = 20_250_917L;
    static final double TRAIN_FRACTION = 0.7;

    static IntentDataset read(Path file) throws IOException {
        List<LabelledPost> posts = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String where = name + ":" + lineNumber;
                String problem = parse(line, where, posts);
                if (problem == null) {
                    Integer first = seen.putIfAbsent(posts.get(posts.size() - 1).text(), lineNumber);
                    if (first != null) {
                        posts.remove(posts.size() - 1);
                        problem = "duplicate of line " + first;
                    }
                }
                if (problem != null) {
                    rejected.add(where + ": " + problem);
                }
            }
        }
        return new IntentDataset(List.copyOf(posts), List.copyOf(rejected));
    }

    private static String parse(String line, String where, List<LabelledPost> into) {
        String[] fields = line.split("\t", -1);
        if (fields.length != 3) {
            return "expected 3 tab-separated fields (label, lang, text), found " + fields.length;
        }
        Intent intent;
        try {
            intent = Intent.fromLabel(fields[0]);
        } catch (IllegalArgumentException e) {
            return "unknown label '" + fields[0] + "'";
        }
        String lang = fields[1].strip().toLowerCase(Locale.ROOT);
        if (!lang.matches("[a-z]{2,3}")) {
            return "language must be an ISO 639 code such as fr or en, found '" + fields[1] + "'";
        }
        String text = fields[2].strip();
        if (text.isEmpty()) {
            return "empty text";
        }
        into.add(new LabelledPost(intent, lang, text, where));
        return null;
    }

    /**
     * Splits 70/30 inside every intent × language stratum: strata in sorted order, each shuffled in
     * file order with {@code new Random(SPLIT_SEED + stratum.hashCode())}, the first
     * {@code round(0.7 n)} posts going to training.
     */
    Split split() {
        Map<String, List<LabelledPost>> strata = new TreeMap<>();
        for (LabelledPost post : posts) {
            strata.computeIfAbsent(post.stratum(), s -> new ArrayList<>()).add(post);
        }
        List<LabelledPost> train = new ArrayList<>();
        List<LabelledPost> test = new ArrayList<>();
        strata.forEach((stratum, members) -> {
            List<LabelledPost> shuffled = new ArrayList<>(members);
            java.util.Collections.shuffle(shuffled, new Random(SPLIT_SEED + stratum.hashCode()));
            int cut = (int) Math.round(shuffled.size() * TRAIN_FRACTION);
            train.addAll(shuffled.subList(0, cut));
            test.addAll(shuffled.subList(cut, shuffled.size()));
        });
        return new Split(List.copyOf(train), List.copyOf(test));
    }

    record Split(List<LabelledPost> train, List<LabelledPost> test) {
    }
}
