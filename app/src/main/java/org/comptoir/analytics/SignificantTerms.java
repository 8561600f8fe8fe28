package org.comptoir.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.comptoir.enrich.text.SocialTokenizer;
import org.comptoir.enrich.text.Token;
import org.comptoir.enrich.text.TokenType;
import org.comptoir.post.Post;

/**
 * Terms, hashtags and two-word phrases that are significantly more frequent in a selection than in a
 * baseline, scored by Dunning's log-likelihood ratio G² on document frequencies (docs/metrics.md).
 * Both sides are samples of at most {@link #SAMPLE} posts (spread over the period), like Elasticsearch's
 * {@code significant_text} on a sampler; a term must appear in {@link #MIN_POSTS} posts of the selection.
 */
final class SignificantTerms {
    static final int SAMPLE = 2_000;
    static final int MIN_POSTS = 3;
    private static final SocialTokenizer TOKENIZER = new SocialTokenizer();

    private SignificantTerms() {
    }

    /** The terms of one post, each once: words and hashtags, and phrases of two adjacent content words. */
    static Set<String> termsOf(Post post) {
        String text = post.title() == null ? post.text() : post.title() + " \n " + post.text();
        Set<String> terms = new LinkedHashSet<>();
        String previous = null;
        for (Token token : TOKENIZER.tokenize(text, post.effectiveLang())) {
            String word = token.normalized() == null ? token.text() : token.normalized();
            word = word.toLowerCase(Locale.ROOT);
            if (token.type() == TokenType.HASHTAG) {
                terms.add(word);
                previous = null;
            } else if (token.type() == TokenType.WORD && isContent(word)) {
                terms.add(word);
                if (previous != null) {
                    terms.add(previous + " " + word);
                }
                previous = word;
            } else if (token.type() != TokenType.HASHTAG_PART) {
                previous = null;
            }
        }
        return terms;
    }

    private static boolean isContent(String word) {
        if (word.length() < 3 || StopWords.contains(word)) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static String kind(String term) {
        return term.startsWith("#") ? "hashtag" : term.indexOf(' ') > 0 ? "phrase" : "word";
    }

    /** The over-represented terms, best first, with up to 3 sample post ids each. */
    static List<Figures.Term> compute(List<Post> selection, List<Post> baseline, int limit) {
        Map<String, List<String>> foreground = new HashMap<>();
        for (Post post : selection) {
            for (String term : termsOf(post)) {
                foreground.computeIfAbsent(term, t -> new ArrayList<>(2)).add(post.id());
            }
        }
        Map<String, Integer> background = new HashMap<>();
        for (Post post : baseline) {
            for (String term : termsOf(post)) {
                if (foreground.containsKey(term)) {
                    background.merge(term, 1, Integer::sum);
                }
            }
        }
        long a = selection.size();
        long b = baseline.size();
        List<Figures.Term> terms = new ArrayList<>();
        foreground.forEach((term, posts) -> {
            long inA = posts.size();
            long inB = background.getOrDefault(term, 0);
            if (inA < MIN_POSTS || inA * (b + 1) <= inB * a) {
                return;
            }
            terms.add(new Figures.Term(term, kind(term), Figures.round(gSquared(inA, a, inB, b)), inA, inB,
                    List.copyOf(posts.subList(0, Math.min(3, posts.size())))));
        });
        terms.sort(Comparator.comparingDouble(Figures.Term::score).reversed().thenComparing(Figures.Term::term));
        return List.copyOf(terms.subList(0, Math.min(limit, terms.size())));
    }

    /**
     * Dunning's G² for a term in {@code k1} of {@code n1} selection posts and {@code k2} of {@code n2} baseline posts:
     * {@code 2 Σ O·ln(O/E)} over the 2×2 table of (term present, absent) × (selection, baseline).
     */
    static double gSquared(long k1, long n1, long k2, long n2) {
        double total = n1 + n2;
        double present = k1 + k2;
        double absent = total - present;
        return 2 * (term(k1, n1 * present / total) + term(n1 - k1, n1 * absent / total)
                + term(k2, n2 * present / total) + term(n2 - k2, n2 * absent / total));
    }

    private static double term(double observed, double expected) {
        return observed <= 0 || expected <= 0 ? 0.0 : observed * Math.log(observed / expected);
    }
}
