package org.comptoir.enrich;

import org.comptoir.post.Analysis;

/**
 * Everything {@link PostAnalyser} read in one text: the {@link Analysis} stored with the post, the
 * probability of its intent, and the probability that the post is a complaint (a reported problem or
 * grievance, whatever its intent: a question about an outage is one).
 */
public record Understanding(Analysis analysis, double intentConfidence, double complaint) {
}
