package org.comptoir.enrich.sentiment;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a training run did: posts used per language, lines skipped (with the first reasons), notes
 * such as missing lexicon files, lexicon size, model file and size, and wall time.
 */
public record TrainingReport(int posts, Map<String, Integer> postsPerLanguage, int skipped, List<String> skippedReasons,
                             List<String> notes, int lexiconEntries, Path modelFile, long modelBytes, Duration duration) {

    public TrainingReport {
        postsPerLanguage = Map.copyOf(postsPerLanguage);
        skippedReasons = List.copyOf(skippedReasons);
        notes = List.copyOf(notes);
    }

    public String summary() {
        StringBuilder b = new StringBuilder();
        b.append("trained on ").append(posts).append(" posts ").append(new java.util.TreeMap<>(postsPerLanguage))
                .append(", skipped ").append(skipped).append(", lexicon entries ").append(lexiconEntries)
                .append(", model ").append(modelFile).append(" (").append(modelBytes).append(" bytes) in ")
                .append(duration.toMillis()).append(" ms");
        skippedReasons.forEach(r -> b.append("\n  skipped ").append(r));
        notes.forEach(n -> b.append("\n  note: ").append(n));
        return b.toString();
    }
}
