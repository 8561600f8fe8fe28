package org.comptoir.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.comptoir.post.Post;

/**
 * The most representative posts of a selection (docs/metrics.md): each sampled post is scored by the
 * significance (G²) of the selection's significant terms it contains, divided by √(1 + its number of
 * terms) so long posts do not win by length; posts are then taken best first, skipping any whose terms
 * overlap an already chosen one by more than {@link #MAX_OVERLAP} (Jaccard), so near-duplicates and
 * retweets do not crowd the list.
 */
final class Verbatims {
    static final double MAX_OVERLAP = 0.5;

    private Verbatims() {
    }

    static List<Figures.Verbatim> pick(List<Post> sample, List<Figures.Term> significant, int limit) {
        Map<String, Double> weight = new HashMap<>();
        significant.forEach(t -> weight.put(t.term(), t.score()));
        record Scored(Post post, Set<String> terms, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        // an empty baseline scores every term 0 (G² of a degenerate table): then every post is a candidate
        boolean weighted = weight.values().stream().anyMatch(w -> w > 0);
        for (Post post : sample) {
            Set<String> terms = SignificantTerms.termsOf(post);
            double sum = terms.stream().mapToDouble(t -> weight.getOrDefault(t, 0.0)).sum();
            if (sum > 0 || !weighted) {
                scored.add(new Scored(post, terms, sum / Math.sqrt(1 + terms.size())));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.post().id()));
        List<Scored> chosen = new ArrayList<>();
        for (Scored candidate : scored) {
            if (chosen.size() == limit) {
                break;
            }
            if (chosen.stream().noneMatch(c -> jaccard(c.terms(), candidate.terms()) > MAX_OVERLAP)) {
                chosen.add(candidate);
            }
        }
        return chosen.stream().map(s -> {
            Post p = s.post();
            return new Figures.Verbatim(p.id(), p.text().isBlank() && p.title() != null ? p.title() : p.text(),
                    p.author().handle(), p.author().name(), p.network().name(), p.createdAt(), p.url(),
                    p.analysis() == null || p.analysis().sentiment() == null ? null : p.analysis().sentiment().label(),
                    Figures.round(s.score()));
        }).toList();
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        long common = a.stream().filter(b::contains).count();
        return common / (double) (a.size() + b.size() - common);
    }
}
