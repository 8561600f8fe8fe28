package org.comptoir.enrich.intent;

import java.util.List;

/**
 * What {@link IntentTrainer#trainAndEvaluate} measured on the held-out part: scores per language and
 * overall, for the trained model and for the cue rules alone (a baseline), plus how the model was
 * tuned and every input line that was rejected (with its reason).
 */
public record IntentReport(
        List<IntentScores> model,
        List<IntentScores> rulesOnly,
        int trainSize,
        int extraSize,
        int testSize,
        String tuning,
        List<String> rejectedLines) {

    /** Scores of the trained model for a group ("fr", "en", ... or "all"). */
    public IntentScores modelScores(String group) {
        return model.stream().filter(s -> s.group().equals(group)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no held-out posts for '" + group + "'"));
    }

    /** The report as plain text, tables in Markdown-friendly columns. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("Intent model: trained on ").append(trainSize).append(" posts");
        if (extraSize > 0) {
            out.append(" (of which ").append(extraSize).append(" user corrections)");
        }
        out.append(", evaluated on ").append(testSize).append(" held-out posts\n");
        out.append("Tuning (5-fold cross-validation inside the training part): ").append(tuning).append("\n\n");
        out.append("== Trained model (rules as features + hashed n-grams, logistic regression) ==\n");
        model.forEach(s -> out.append(s.render()).append('\n'));
        out.append("== Cue rules alone (baseline, fixed precedence) ==\n");
        rulesOnly.forEach(s -> out.append(String.format("%-6s | macro-F1 %.3f, accuracy %.3f%n", s.group(), s.macroF1(), s.accuracy())));
        if (!rejectedLines.isEmpty()) {
            out.append("\nRejected lines (").append(rejectedLines.size()).append("):\n");
            rejectedLines.forEach(line -> out.append("  ").append(line).append('\n'));
        }
        return out.toString();
    }
}
