package org.comptoir.correction;

import java.time.Instant;
import org.comptoir.post.Intent;
import org.comptoir.post.Sentiment;

/** Sentiment and/or intent a person set on a post, with the text and language they apply to. */
public record Correction(String workspace, String postId, Sentiment sentiment, Intent intent, String lang, String text,
                         Instant correctedAt) {
}
