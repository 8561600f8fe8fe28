package org.comptoir.correction;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.comptoir.events.Events;
import org.comptoir.pipeline.Pipelines;
import org.comptoir.store.StoredPost;
import org.comptoir.post.Analysis;
import org.comptoir.post.Intent;
import org.comptoir.post.Post;
import org.comptoir.post.Sentiment;

/** Correcting a post's sentiment or intent, and exporting corrections as training data. */
public final class Corrections {
    /** Which label an export holds. */
    public enum Kind { SENTIMENT, INTENT }

    private final Pipelines pipelines;
    private final CorrectionRepository repository;
    private final Events events;
    private final Clock clock;

    public Corrections(Pipelines pipelines, CorrectionRepository repository, Events events, Clock clock) {
        this.pipelines = pipelines;
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    /** Sets sentiment and/or intent (null keeps the current value); empty when the post does not exist. */
    public Optional<StoredPost> correct(String workspace, String postId, Sentiment sentiment, Intent intent) {
        if (sentiment == null && intent == null) {
            throw new IllegalArgumentException("give a sentiment (negative, neutral, positive) or an intent "
                    + "(complaint, question, praise, purchase_intent, churn_risk, other)");
        }
        Optional<Post> corrected = pipelines.get(workspace).update(postId, post -> post.withAnalysis(corrected(post, sentiment, intent)));
        corrected.ifPresent(post -> {
            repository.save(new Correction(workspace, post.id(), post.analysis().sentiment(), post.analysis().intent(),
                    post.effectiveLang(), textOf(post), clock.instant()));
            events.publish(new PostCorrected(workspace, post.id(), sentiment, intent));
        });
        return corrected.flatMap(post -> pipelines.get(workspace).index().get(post.id()));
    }

    public List<Correction> list(String workspace) {
        return repository.list(workspace);
    }

    /**
     * The corrections as training lines: {@code label<TAB>text<TAB>lang} for sentiment (the format of
     * {@code train sentiment --corrections}) and {@code label<TAB>lang<TAB>text} for intent (the intent dataset's).
     */
    public List<String> export(String workspace, Kind kind) {
        return repository.list(workspace).stream()
                .filter(c -> kind == Kind.SENTIMENT ? c.sentiment() != null : c.intent() != null)
                .map(c -> kind == Kind.SENTIMENT
                        ? c.sentiment().label() + "\t" + oneLine(c.text()) + "\t" + c.lang()
                        : c.intent().label() + "\t" + c.lang() + "\t" + oneLine(c.text()))
                .toList();
    }

    private static Analysis corrected(Post post, Sentiment sentiment, Intent intent) {
        Analysis current = post.analysis() != null ? post.analysis()
                : new Analysis(post.effectiveLang(), Sentiment.NEUTRAL, 0.0, Intent.OTHER, List.of());
        return current.correctedTo(sentiment, intent);
    }

    private static String textOf(Post post) {
        return post.text().isBlank() && post.title() != null ? post.title() : post.text();
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
