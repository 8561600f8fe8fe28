package org.comptoir.enrich.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.comptoir.enrich.PostAnalyser;
import org.comptoir.enrich.brand.BrandPost;
import org.comptoir.post.Intent;
import org.comptoir.post.Sentiment;
import org.junit.jupiter.api.Test;

/** {@code eval … --errors}: every wrong decision is listed once, with its gold and predicted labels and its text. */
class EvaluatorErrorsTest {

    @Test
    void listsExactlyTheOffDiagonalDecisions() {
        // hand-written posts; two carry a deliberately wrong gold label so that at least two errors must be listed
        List<BrandPost> posts = List.of(
                new BrandPost("fr", Sentiment.NEGATIVE, Intent.COMPLAINT, true, "livraison avec 21 jours de retard"),
                new BrandPost("en", Sentiment.NEUTRAL, Intent.CHURN_RISK, false, "how do I cancel my subscription?"),
                new BrandPost("fr", Sentiment.NEGATIVE, Intent.OTHER, true, "encore une panne de la box, trois jours sans internet"),
                new BrandPost("en", Sentiment.POSITIVE, Intent.PURCHASE_INTENT, false, "thank you so much, the repair was perfect"));
        List<String> errors = new ArrayList<>();
        Scores scores = Evaluator.evaluate(PostAnalyser.loadDefault(), posts, Evaluator.Task.INTENT, null, errors::add);

        int wrong = 0;
        for (int g = 0; g < scores.classes().size(); g++) {
            for (int p = 0; p < scores.classes().size(); p++) {
                wrong += g == p ? 0 : scores.count(g, p);
            }
        }
        assertThat(errors).hasSize(wrong).hasSizeGreaterThanOrEqualTo(2);
        assertThat(errors).anySatisfy(line -> assertThat(line).startsWith("other -> ").contains("encore une panne de la box"));
        assertThat(errors).anySatisfy(line -> assertThat(line).startsWith("purchase_intent -> ").contains("the repair was perfect"));
        assertThat(errors).allSatisfy(line -> assertThat(line.split("\t")).hasSize(3));
    }
}
