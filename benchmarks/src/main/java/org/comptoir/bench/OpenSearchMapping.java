package org.comptoir.bench;

import java.util.List;
import java.util.Locale;
import org.comptoir.post.Post;
import org.comptoir.store.lucene.PostFields;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenSearch side of the race: index settings (analysis as close to Comptoir's as built-in analysis allows),
 * the mapping shared by the posts index and the percolator's topics index, and a post as the JSON document a
 * client would send.
 *
 * <p>Text is indexed three ways, as in Comptoir: {@code text} (folded: lower case, accents folded, elision),
 * {@code text.case} (written form) and {@code text_<lang>} (the post's language, light stemmer; the client fills
 * only that one, and it is left out of {@code _source} so the text is stored once). The tokenizer is a
 * {@code pattern} tokenizer recognising URLs ({@code http(s)://}, {@code www.}, trailing punctuation left out),
 * {@code @handles} (with an instance) and {@code #hashtags} not glued to a word, words (an
 * apostrophe between letters kept, for elision) and symbol runs (emoji); {@code pattern_capture} adds a hashtag's
 * bare word and a handle's user part at the same position, as Comptoir's TagWordFilter does, and
 * {@code keyword_marker} keeps tags and URLs unstemmed.
 */
final class OpenSearchMapping {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> ARTICLES = List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu",
            "puisqu", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl", "sugl", "un", "v");
    /** A tag or URL starts only after a boundary (not glued to a word or an {@code @}), as in Comptoir's tokenizer. */
    private static final String BOUNDARY = "(?<![\\p{L}\\p{M}\\p{N}@])";
    static final String TOKENS = BOUNDARY + "(?i:https?://|www\\.)[^\\s<>\"«]+?(?=[.,;:!?)\\]}'’\"…]*(?:[\\s<>\"«]|$))"
            + "|" + BOUNDARY + "@[\\p{L}\\p{N}_]+(?:@[\\p{L}\\p{N}_.-]*[\\p{L}\\p{N}])?"
            + "|" + BOUNDARY + "#[\\p{L}\\p{M}\\p{N}_]+"
            + "|[\\p{L}\\p{M}\\p{N}]+(?:['’][\\p{L}\\p{M}\\p{N}]+)*"
            + "|[\\p{So}\\p{Sk}\\x{200D}\\x{FE0F}]+";
    private static final String[][] STEMMERS = {{"fr", "light_french"}, {"en", "minimal_english"}, {"es", "light_spanish"},
            {"de", "light_german"}, {"it", "light_italian"}, {"pt", "light_portuguese"}};

    private OpenSearchMapping() {
    }

    /** Settings of both indices: one shard, no replica (one node), the given refresh interval and request durability. */
    static ObjectNode settings(int maxResultWindow) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode index = root.putObject("index");
        index.put("number_of_shards", 1);
        index.put("number_of_replicas", 0);
        index.put("refresh_interval", "1s");
        index.put("translog.durability", "request");
        index.put("max_result_window", Math.max(10_000, maxResultWindow));
        ObjectNode analysis = index.putObject("analysis");
        ObjectNode tokenizer = analysis.putObject("tokenizer").putObject("social");
        tokenizer.put("type", "pattern");
        tokenizer.put("pattern", TOKENS);
        tokenizer.put("group", 0);
        ObjectNode filters = analysis.putObject("filter");
        ObjectNode tags = filters.putObject("tag_words");
        tags.put("type", "pattern_capture");
        tags.put("preserve_original", true);
        tags.putArray("patterns").add("^#([\\p{L}\\p{M}\\p{N}_]+)$").add("^@([^@.]+)");
        ObjectNode marker = filters.putObject("tags_unstemmed");
        marker.put("type", "keyword_marker");
        marker.put("keywords_pattern", "^[#@].+|^(?i:https?://|www\\.).*|^[^\\p{L}\\p{N}]+$");
        ObjectNode elision = filters.putObject("articles");
        elision.put("type", "elision");
        elision.put("articles_case", true);
        ArrayNode articles = elision.putArray("articles");
        ARTICLES.forEach(articles::add);
        ObjectNode possessive = filters.putObject("possessive_en");
        possessive.put("type", "stemmer");
        possessive.put("language", "possessive_english");
        for (String[] stemmer : STEMMERS) {
            ObjectNode filter = filters.putObject("stem_" + stemmer[0]);
            filter.put("type", "stemmer");
            filter.put("language", stemmer[1]);
        }
        ObjectNode analyzers = analysis.putObject("analyzer");
        analyzer(analyzers, PostFields.FOLDED, "tag_words", "lowercase", "asciifolding", "articles");
        analyzer(analyzers, PostFields.OTHER, "tag_words", "lowercase", "asciifolding", "articles");
        analyzer(analyzers, PostFields.CASE, "tag_words", "articles");
        for (String[] stemmer : STEMMERS) {
            String lang = stemmer[0];
            if (lang.equals("en")) {
                analyzer(analyzers, lang, "tag_words", "lowercase", "asciifolding", "tags_unstemmed", "possessive_en", "stem_en");
            } else {
                analyzer(analyzers, lang, "tag_words", "lowercase", "asciifolding", "articles", "tags_unstemmed", "stem_" + lang);
            }
        }
        return root;
    }

    private static void analyzer(ObjectNode analyzers, String name, String... filters) {
        ObjectNode analyzer = analyzers.putObject(name);
        analyzer.put("type", "custom");
        analyzer.put("tokenizer", "social");
        ArrayNode list = analyzer.putArray("filter");
        for (String filter : filters) {
            list.add(filter);
        }
    }

    /** The post fields; with {@code percolator} true, also the {@code query} field of the topics index. */
    static ObjectNode mappings(boolean percolator) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("_source").putArray("excludes").add("text_*").add("title_*");
        ObjectNode properties = root.putObject("properties");
        if (percolator) {
            properties.putObject("query").put("type", "percolator");
        }
        for (String keyword : List.of("id", "network", "lang", "url", "site", "author_handle", "sentiment", "intent", "complaint",
                "topics", "in_reply_to")) {
            properties.putObject(keyword).put("type", "keyword");
        }
        properties.putObject("created_at").put("type", "date");
        properties.putObject("followers").put("type", "long");
        ObjectNode author = properties.putObject("author").putObject("properties");
        author.putObject("id").put("type", "keyword");
        author.putObject("handle").put("type", "keyword");
        author.putObject("name").put("type", "keyword");
        author.putObject("followers").put("type", "long");
        ObjectNode metrics = properties.putObject("metrics").putObject("properties");
        for (String metric : List.of("likes", "reposts", "replies")) {
            metrics.putObject(metric).put("type", "long");
        }
        for (String base : List.of(PostFields.TEXT, PostFields.TITLE)) {
            ObjectNode folded = text(properties.putObject(base), PostFields.FOLDED);
            text(folded.putObject("fields").putObject("case"), PostFields.CASE);
            for (String lang : PostFields.STEMMED_LANGUAGES) {
                text(properties.putObject(base + "_" + lang), lang);
            }
            text(properties.putObject(base + "_" + PostFields.OTHER), PostFields.OTHER);
        }
        return root;
    }

    private static ObjectNode text(ObjectNode field, String analyzer) {
        field.put("type", "text");
        field.put("analyzer", analyzer);
        field.put("norms", false);
        field.put("position_increment_gap", 10_000);
        return field;
    }

    /** The document of a post (the matched topics added by the caller): text once in _source, plus its language field. */
    static ObjectNode document(Post post) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("id", post.id());
        doc.put("network", post.network().name());
        String lang = post.effectiveLang().strip().toLowerCase(Locale.ROOT);
        String primary = lang.split("[-_]", 2)[0];
        ArrayNode langs = doc.putArray("lang").add(lang);
        if (!primary.equals(lang)) {
            langs.add(primary);
        }
        doc.put("created_at", post.createdAt().toString());
        if (post.url() != null) {
            doc.put("url", post.url().strip());
        }
        String site = post.site();
        if (site != null && !site.isBlank()) {
            ArrayNode sites = doc.putArray("site").add(site);
            for (int dot = site.indexOf('.'); dot > 0 && site.indexOf('.', dot + 1) > 0; dot = site.indexOf('.')) {
                site = site.substring(dot + 1);
                sites.add(site);
            }
        }
        if (post.inReplyTo() != null) {
            doc.put("in_reply_to", post.inReplyTo());
        }
        ObjectNode author = doc.putObject("author");
        author.put("id", post.author().id());
        author.put("handle", post.author().handle());
        author.put("name", post.author().name());
        if (post.author().followers() != null) {
            author.put("followers", post.author().followers());
            doc.put("followers", post.author().followers());
        }
        String handle = post.author().handle() == null ? "" : post.author().handle().strip().toLowerCase(Locale.ROOT);
        handle = handle.startsWith("@") ? handle.substring(1) : handle;
        if (!handle.isEmpty()) {
            ArrayNode handles = doc.putArray("author_handle").add(handle);
            if (handle.indexOf('@') > 0) {
                handles.add(handle.substring(0, handle.indexOf('@')));
            }
        }
        ObjectNode metrics = doc.putObject("metrics");
        metrics.put("likes", post.metrics().likes());
        metrics.put("reposts", post.metrics().reposts());
        metrics.put("replies", post.metrics().replies());
        String key = PostFields.languageKey(post.effectiveLang());
        if (post.title() == null) {
            doc.put(PostFields.TEXT, post.text());
            doc.put(PostFields.TEXT + "_" + key, post.text());
        } else {
            doc.putArray(PostFields.TEXT).add(post.text()).add(post.title());
            doc.putArray(PostFields.TEXT + "_" + key).add(post.text()).add(post.title());
            doc.put(PostFields.TITLE, post.title());
            doc.put(PostFields.TITLE + "_" + key, post.title());
        }
        return doc;
    }
}
