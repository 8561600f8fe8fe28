package org.comptoir.enrich.intent;

import org.comptoir.post.Intent;

/**
 * A family of hand-written cue patterns and the intent it points to. Families fire as features of the
 * trained model (the model decides how much to trust them) and name themselves in the evidence, as
 * {@code rule:<name>}. {@link #QUESTION} and {@link #SARCASM} are derived from other families.
 */
enum CueFamily {
    LEAVING("leaving", Intent.CHURN_RISK),
    CANCELLING("cancelling", Intent.CHURN_RISK),
    REFUND("refund", Intent.COMPLAINT),
    PROBLEM("problem", Intent.COMPLAINT),
    NEGATED_PRAISE("negated-praise", Intent.COMPLAINT),
    SARCASM("sarcasm", Intent.COMPLAINT),
    INTERROGATIVE("interrogative", Intent.QUESTION),
    QUESTION_MARK("question-mark", Intent.QUESTION),
    QUESTION("question", Intent.QUESTION),
    BUYING("buying", Intent.PURCHASE_INTENT),
    AVAILABILITY("availability", Intent.PURCHASE_INTENT),
    PRAISE("praise", Intent.PRAISE),
    ANNOUNCEMENT("announcement", Intent.OTHER);

    private static final CueFamily[] ALL = values();

    private final String ruleName;
    private final Intent intent;

    CueFamily(String name, Intent intent) {
        this.ruleName = "rule:" + name;
        this.intent = intent;
    }

    /** The evidence label, e.g. {@code rule:leaving}. */
    String ruleName() {
        return ruleName;
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
