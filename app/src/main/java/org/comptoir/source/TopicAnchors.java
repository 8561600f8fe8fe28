package org.comptoir.source;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.comptoir.query.QueryNode;
import org.comptoir.query.QueryParser;
import org.comptoir.query.QuerySyntaxException;

/**
 * The words a post must contain (one of them) to match at least one topic: for each topic, the anchors of its
 * query — a word's first five letters (so stemming, plural and elision cannot hide a match), an AND's most
 * selective clause, every branch of an OR. Null when some topic has no anchor and anything could match.
 */
final class TopicAnchors {
    static final int PREFIX = 5;

    private TopicAnchors() {
    }

    static Set<String> of(List<String> queries) {
        if (queries.isEmpty()) {
            return null;
        }
        Set<String> all = new HashSet<>();
        for (String query : queries) {
            Set<String> anchors;
            try {
                anchors = anchors(QueryParser.parse(query));
            } catch (QuerySyntaxException e) {
                return null;
            }
            if (anchors == null) {
                return null;
            }
            all.addAll(anchors);
        }
        return all;
    }

    static Set<String> anchors(QueryNode node) {
        if (node instanceof QueryNode.Term term) {
            return word(term.text());
        } else if (node instanceof QueryNode.Phrase phrase) {
            return longestWord(phrase.text());
        } else if (node instanceof QueryNode.ExactCase exact) {
            return longestWord(exact.text());
        } else if (node instanceof QueryNode.Hashtag tag) {
            return word(tag.name());
        } else if (node instanceof QueryNode.Handle handle) {
            return word(handle.name());
        } else if (node instanceof QueryNode.Wildcard wildcard) {
            return word(wildcard.pattern().split("[*?]", 2)[0]);
        } else if (node instanceof QueryNode.Near near) {
            return narrowest(List.of(near.left(), near.right()));
        } else if (node instanceof QueryNode.And and) {
            return narrowest(and.clauses());
        } else if (node instanceof QueryNode.Or or) {
            return union(or.clauses());
        }
        return null; // NOT alone, field filters, ranges, *: anything could match
    }

    private static Set<String> narrowest(List<QueryNode> clauses) {
        Set<String> best = null;
        for (QueryNode clause : clauses) {
            if (clause instanceof QueryNode.Not) {
                continue;
            }
            Set<String> anchors = anchors(clause);
            if (anchors != null && (best == null || anchors.size() < best.size())) {
                best = anchors;
            }
        }
        return best;
    }

    private static Set<String> union(List<QueryNode> clauses) {
        Set<String> all = new HashSet<>();
        for (QueryNode clause : clauses) {
            Set<String> anchors = anchors(clause);
            if (anchors == null) {
                return null;
            }
            all.addAll(anchors);
        }
        return all;
    }

    private static Set<String> longestWord(String text) {
        String longest = "";
        for (String word : text.split("[\\s\\p{Punct}]+")) {
            if (word.length() > longest.length()) {
                longest = word;
            }
        }
        return word(longest);
    }

    private static Set<String> word(String text) {
        String folded = KeywordPrefilter.fold(text.strip());
        int apostrophe = Math.max(folded.lastIndexOf('\''), folded.lastIndexOf('’'));
        if (apostrophe >= 0 && apostrophe < folded.length() - 1) {
            folded = folded.substring(apostrophe + 1);
        }
        if (folded.length() < 2) {
            return null;
        }
        return Set.of(folded.length() > PREFIX ? folded.substring(0, PREFIX) : folded);
    }
}
