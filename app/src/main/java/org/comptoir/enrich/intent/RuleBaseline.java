package org.comptoir.enrich.intent;

import org.comptoir.post.Intent;

/**
 * The cue rules used alone, without the model, applying the annotation precedence: leaving or
 * cancelling → churn_risk, then buying or availability → purchase_intent, then a question (interrogative
 * plus question mark) → question, then a grievance → complaint, then praise → praise, else other.
 * Only a baseline for the report: it cannot tell a rhetorical question from a real one.
 */
final class RuleBaseline {
    private RuleBaseline() {
    }

    static Intent decide(CueHits hits) {
        if (hits.fired(CueFamily.LEAVING) || hits.fired(CueFamily.CANCELLING)) {
            return Intent.CHURN_RISK;
        }
        if (hits.fired(CueFamily.BUYING) || hits.fired(CueFamily.AVAILABILITY)) {
            return Intent.PURCHASE_INTENT;
        }
        if (hits.fired(CueFamily.QUESTION)) {
            return Intent.QUESTION;
        }
        if (hits.fired(CueFamily.PROBLEM) || hits.fired(CueFamily.REFUND) || hits.fired(CueFamily.NEGATED_PRAISE)
                || hits.fired(CueFamily.SARCASM)) {
            return Intent.COMPLAINT;
        }
        if (hits.fired(CueFamily.PRAISE)) {
            return Intent.PRAISE;
        }
        return Intent.OTHER;
    }
}
