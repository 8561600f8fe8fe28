package org.comptoir.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.comptoir.post.Post;
import org.comptoir.query.QueryParser;
import org.comptoir.query.QuerySyntaxException;

/**
 * Topic queries in the dialect drawn from a corpus's own words, per language, with a fixed seed: ten shapes in
 * turn — {@code a AND b}, an exact phrase seen in the corpus, {@code "a b"~5} of two words seen close together,
 * {@code a OR b OR c}, {@code (a OR b) AND NOT c}, a prefix {@code abcd* AND b}, {@code #tag OR a},
 * {@code (a OR b) lang:xx}, {@code a NEAR/5 b}, {@code a OR "b c"}. Each run of ten topics (the ten shapes) is in one
 * language, the languages taken in name order and cycled, so every language of the corpus has every shape. Words are skewed towards rarer ones, as real
 * topics name brands and products rather than stop words.
 */
final class CorpusTopics {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]{4,}");
    private static final Pattern HASHTAG = Pattern.compile("#[\\p{L}\\p{M}\\p{N}_]{3,}");
    private static final int SAMPLE = 40_000;
    private static final int VOCABULARY = 3_000;

    private CorpusTopics() {
    }

    /** The words, phrases, close pairs and hashtags of one language. */
    private static final class Vocabulary {
        final Map<String, Integer> words = new HashMap<>();
        final Map<String, Integer> bigrams = new HashMap<>();
        final Map<String, Integer> pairs = new HashMap<>();
        final Map<String, Integer> hashtags = new HashMap<>();
        List<String> wordList;
        List<String> bigramList;
        List<String> pairList;
        List<String> hashtagList;

        void add(String text) {
            String[] tokens = text.split("\\s+");
            List<Integer> wordAt = new ArrayList<>();
            String[] normal = new String[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                if (WORD.matcher(tokens[i]).matches() && !tokens[i].equalsIgnoreCase("http")) {
                    normal[i] = tokens[i].toLowerCase(Locale.ROOT);
                    words.merge(normal[i], 1, Integer::sum);
                    wordAt.add(i);
                }
                Matcher tag = HASHTAG.matcher(tokens[i]);
                if (tag.lookingAt()) {
                    hashtags.merge(tag.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
            for (int i = 0; i + 1 < tokens.length; i++) {
                if (normal[i] != null && normal[i + 1] != null && !normal[i].equals(normal[i + 1])) {
                    bigrams.merge(normal[i] + " " + normal[i + 1], 1, Integer::sum);
                }
            }
            for (int x = 0; x < wordAt.size(); x++) {
                for (int y = x + 2; y < wordAt.size() && wordAt.get(y) - wordAt.get(x) <= 5; y++) {
                    String a = normal[wordAt.get(x)];
                    String b = normal[wordAt.get(y)];
                    if (!a.equals(b)) {
                        pairs.merge(a + " " + b, 1, Integer::sum);
                    }
                }
            }
        }

        void freeze() {
            wordList = ranked(words, 2, VOCABULARY);
            bigramList = ranked(bigrams, 2, VOCABULARY);
            pairList = ranked(pairs, 2, VOCABULARY);
            hashtagList = ranked(hashtags, 1, VOCABULARY);
        }

        private static List<String> ranked(Map<String, Integer> counts, int min, int limit) {
            return counts.entrySet().stream().filter(e -> e.getValue() >= min)
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).limit(limit).toList();
        }
    }

    /** {@code count} valid queries, one per topic, in a fixed order. */
    static List<String> generate(List<Post> posts, int count, Random random) {
        Map<String, Vocabulary> byLang = new TreeMap<>();
        for (Post post : posts.subList(0, Math.min(posts.size(), SAMPLE))) {
            byLang.computeIfAbsent(post.lang() == null ? "und" : post.lang(), l -> new Vocabulary()).add(post.text());
        }
        byLang.values().forEach(Vocabulary::freeze);
        byLang.values().removeIf(v -> v.wordList.size() < 3);
        if (byLang.isEmpty()) {
            throw new IllegalArgumentException("the posts have too few words to draw topics from");
        }
        List<String> langs = new ArrayList<>(new TreeSet<>(byLang.keySet()));
        List<String> topics = new ArrayList<>(count);
        for (int i = 0; topics.size() < count; i++) {
            String lang = langs.get(i / 10 % langs.size());
            String query = shape(i % 10, lang, byLang.get(lang), random);
            try {
                QueryParser.parse(query);
                topics.add(query);
            } catch (QuerySyntaxException e) {
                // a drawn word the dialect refuses: draw again
            }
        }
        return topics;
    }

    private static String shape(int kind, String lang, Vocabulary v, Random random) {
        String a = pick(v.wordList, random);
        String b = pick(v.wordList, random);
        String c = pick(v.wordList, random);
        return switch (kind) {
            case 0 -> a + " AND " + b;
            case 1 -> v.bigramList.isEmpty() ? a + " AND " + b : "\"" + pick(v.bigramList, random) + "\"";
            case 2 -> "\"" + (v.pairList.isEmpty() ? a + " " + b : pick(v.pairList, random)) + "\"~5";
            case 3 -> a + " OR " + b + " OR " + c;
            case 4 -> "(" + a + " OR " + b + ") AND NOT " + c;
            case 5 -> a.substring(0, Math.min(a.length(), 3 + random.nextInt(3))) + "* AND " + b;
            case 6 -> (v.hashtagList.isEmpty() ? c : pick(v.hashtagList, random)) + " OR " + a;
            case 7 -> "(" + a + " OR " + b + ") lang:" + lang;
            case 8 -> {
                String[] pair = (v.pairList.isEmpty() ? a + " " + b : pick(v.pairList, random)).split(" ");
                yield pair[0] + " NEAR/5 " + pair[1];
            }
            default -> a + " OR \"" + (v.bigramList.isEmpty() ? b + " " + c : pick(v.bigramList, random)) + "\"";
        };
    }

    private static String pick(List<String> ranked, Random random) {
        int skip = Math.min(50, ranked.size() / 10);
        int index = (int) Math.min(ranked.size() - 1, skip + Math.abs(random.nextGaussian()) * ranked.size() / 3);
        return ranked.get(index);
    }
}
