package org.comptoir.enrich.sentiment;

import org.comptoir.post.Sentiment;

/** One training or evaluation post: its gold label, its text, its language code ({@code und} if unknown). */
record LabelledPost(Sentiment label, String text, String lang) {
}
