package org.comptoir.enrich.sentiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures the evidence the shipped sentiment model shows on labelled files: how many items per post,
 * how often irony fires and on which gold labels. Reads {@code label<TAB>text[<TAB>lang]} (sentiment
 * corpora) and {@code label<TAB>lang<TAB>text} (the intent dataset); the language defaults to the one in
 * the file name. Command-line use: {@code EvidenceAudit FILE...}.
 */
public final class EvidenceAudit {

    private EvidenceAudit() {
    }

    public static void main(String[] args) throws IOException {
        SentimentClassifier classifier = SentimentClassifier.loadDefault();
        for (String name : args) {
            Path file = Path.of(name);
            String fileLang = LabelledTsv.languageOf(file);
            int posts = 0;
            int items = 0;
            int withEvidence = 0;
            Map<String, Integer> ironyByGold = new TreeMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] cols = line.split("\t", 3);
                if (cols.length < 2 || cols[1].isBlank()) {
                    continue;
                }
                boolean langSecond = cols.length == 3 && cols[1].matches("[a-z]{2,3}");
                String text = langSecond ? cols[2] : cols[1];
                String lang = langSecond ? cols[1] : cols.length == 3 && !cols[2].isBlank() ? cols[2].strip() : fileLang;
                SentimentResult result = classifier.classify(text, lang);
                posts++;
                items += result.evidence().size();
                withEvidence += result.evidence().isEmpty() ? 0 : 1;
                if (!result.evidence().isEmpty() && (result.evidence().get(0).startsWith("ironie : ")
                        || result.evidence().get(0).startsWith("irony: "))) {
                    ironyByGold.merge(cols[0], 1, Integer::sum);
                }
            }
            System.out.printf("%-28s posts=%d evidence_per_post=%.2f posts_with_evidence=%.3f irony_fired_by_gold=%s%n",
                    file.getFileName(), posts, posts == 0 ? 0.0 : (double) items / posts,
                    posts == 0 ? 0.0 : (double) withEvidence / posts, ironyByGold);
        }
    }
}
