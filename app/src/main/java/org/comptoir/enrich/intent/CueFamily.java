package org.comptoir.enrich.intent;

import org.comptoir.post.Intent;

/**
 * A family of hand-written cue patterns and the intent it points to. Families fire as features of the
 * trained model (the model decides how much to trust them) and are named in the evidence by the
 * words that fired them, or by a readable name ({@code question mark}, {@code sarcasm}). {@link #QUESTION} and {@link #SARCASM} are derived from other families.
 */
enum CueFamily {
    LEAVING("leaving", "leaving", Intent.CHURN_RISK),
    CANCELLING("cancelling", "cancelling", Intent.CHURN_RISK),
    REFUND("refund", "refund request", Intent.COMPLAINT),
    PROBLEM("problem", "problem", Intent.COMPLAINT),
    NEGATED_PRAISE("negated-praise", "negated praise", Intent.COMPLAINT),
    SARCASM("sarcasm", "sarcasm", Intent.COMPLAINT),
    INTERROGATIVE("interrogative", "question word", Intent.QUESTION),
    QUESTION_MARK("question-mark", "question mark", Intent.QUESTION),
    QUESTION("question", "question", Intent.QUESTION),
    BUYING("buying", "buying", Intent.PURCHASE_INTENT),
    AVAILABILITY("availability", "availability", Intent.PURCHASE_INTENT),
    PRAISE("praise", "praise", Intent.PRAISE),
    ANNOUNCEMENT("announcement", "announcement", Intent.OTHER);

    private static final CueFamily[] ALL = values();

    private final String ruleName;
    private final String readableName;
    private final Intent intent;

    CueFamily(String name, String readableName, Intent intent) {
        this.ruleName = "rule:" + name;
        this.readableName = readableName;
        this.intent = intent;
    }

    /** The internal id, e.g. {@code rule:leaving} (the cue file names families without the prefix). */
    String ruleName() {
        return ruleName;
    }

    /** The name shown to readers when the rule fired on punctuation only, e.g. {@code question mark}. */
    String readableName() {
        return readableName;
    }

    Intent intent() {
        return intent;
    }

    int bit() {
        return 1 << ordinal();
    }

    static CueFamily at(int ordinal) {
        return ALL[ordinal];
    }

    static int count() {
        return ALL.length;
    }

    static CueFamily byName(String name) {
        for (CueFamily family : ALL) {
            if (family.ruleName.equals("rule:" + name)) {
                return family;
            }
        }
        throw new IllegalArgumentException("unknown cue family '" + name + "'");
    }
}
