package org.comptoir.correction;

import org.comptoir.post.Intent;
import org.comptoir.post.Sentiment;

/** A person set a post's sentiment and/or intent (null: unchanged). */
public record PostCorrected(String workspace, String postId, Sentiment sentiment, Intent intent) {
    public String detail() {
        return (sentiment == null ? "" : "sentiment=" + sentiment.label())
                + (sentiment != null && intent != null ? " " : "")
                + (intent == null ? "" : "intent=" + intent.label());
    }
}
