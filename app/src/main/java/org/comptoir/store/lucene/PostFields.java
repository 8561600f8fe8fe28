package org.comptoir.store.lucene;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names of the Lucene fields of a post document. The {@code text_*} fields hold the post text and
 * then its title (a second value, 10 000 positions later, so no phrase spans both); the
 * {@code title_*} fields hold the title alone. Each is indexed three ways: in the
 * field of the post's language (stemmed for fr, en, es, de, it, pt; {@code _other} for the rest,
 * folded and unstemmed), folded and unstemmed for wildcards ({@code _folded}), and case-sensitive
 * for {@code {…}} ({@code _case}). Only the post's own language field is filled.
 */
public final class PostFields {
    /** StringField, stored, plus SortedDocValues for sorting. */
    public static final String ID = "id";
    /** LongPoint of epoch millis + NumericDocValues + stored. */
    public static final String CREATED_AT = "created_at";
    /** Multi-valued StringField, stored: the topics the post matched. */
    public static final String TOPIC = "topic";
    /** StringField: the effective language ({@code Post.effectiveLang()}), lower case. */
    public static final String LANG = "lang";
    /** StringField, stored: the network name. */
    public static final String NETWORK = "network";
    /** StringField, stored, only when the post was analysed. */
    public static final String SENTIMENT = "sentiment";
    /** StringField, stored, only when the post was analysed. */
    public static final String INTENT = "intent";
    /** {@code yes} or {@code no} for posts whose complaint probability was assessed (indexed, not stored). */
    public static final String COMPLAINT = "complaint";
    /** StringField: the author handle, lower case, without leading @ (and its user part for user@instance). */
    public static final String AUTHOR = "author";
    /** StringField: the host of the url without www. and each parent domain (blog.example.org, example.org). */
    public static final String SITE = "site";
    /** StringField: the url as written, trimmed. */
    public static final String URL = "url";
    /** LongPoint + NumericDocValues: author followers, when known. */
    public static final String FOLLOWERS = "followers";
    /** NumericDocValues of the metrics. */
    public static final String LIKES = "likes";
    public static final String REPOSTS = "reposts";
    public static final String REPLIES = "replies";
    public static final String ENGAGEMENT = "engagement";

    /**
     * Doc values the aggregations read (separate names: a field's doc-values type is fixed in an index).
     * Sorted: one value per post; {@link #AGG_TOPIC} is sorted-set.
     */
    public static final String AGG_NETWORK = "agg.network";
    public static final String AGG_LANG = "agg.lang";
    public static final String AGG_SITE = "agg.site";
    public static final String AGG_SENTIMENT = "agg.sentiment";
    public static final String AGG_INTENT = "agg.intent";
    public static final String AGG_AUTHOR = "agg.author";
    public static final String AGG_PARENT = "agg.in_reply_to";
    public static final String AGG_TOPIC = "agg.topic";

    /** Base names of the analysed text fields. */
    public static final String TEXT = "text";
    public static final String TITLE = "title";
    /** Languages with their own stemmed field. */
    public static final List<String> STEMMED_LANGUAGES = List.of("fr", "en", "es", "de", "it", "pt");
    public static final String OTHER = "other";
    public static final String FOLDED = "folded";
    public static final String CASE = "case";

    private PostFields() {
    }

    /** {@code fr} for {@code fr}, {@code FR-ca}; {@code other} for languages without a stemmer or unknown. */
    public static String languageKey(String lang) {
        if (lang == null) {
            return OTHER;
        }
        String primary = primaryLanguage(lang.strip().toLowerCase(Locale.ROOT));
        return STEMMED_LANGUAGES.contains(primary) ? primary : OTHER;
    }

    /** {@code fr} for {@code fr-ca} or {@code fr_ca}: the part before the first {@code -} or {@code _} (no regex, it runs per field). */
    static String primaryLanguage(String lang) {
        for (int i = 0; i < lang.length(); i++) {
            char c = lang.charAt(i);
            if (c == '-' || c == '_') {
                return lang.substring(0, i);
            }
        }
        return lang;
    }

    /** {@code text_fr}, {@code title_other}… the field a post in {@code lang} is indexed in. */
    public static String languageField(String base, String lang) {
        return base + "_" + languageKey(lang);
    }

    /** Every language field of {@code base}: the fields a query word is expanded over. */
    public static List<String> languageFields(String base) {
        List<String> fields = new ArrayList<>();
        STEMMED_LANGUAGES.forEach(lang -> fields.add(base + "_" + lang));
        fields.add(base + "_" + OTHER);
        return fields;
    }

    /** Folded, unstemmed field of {@code base} (wildcards, hashtags, handles). */
    public static String folded(String base) {
        return base + "_" + FOLDED;
    }

    /** Case-sensitive field of {@code base} ({@code {BNP}}). */
    public static String exactCase(String base) {
        return base + "_" + CASE;
    }

    /** Stored-only fields used to rebuild the post exactly. */
    public static final class Stored {
        public static final String TEXT = "post.text";
        public static final String TITLE = "post.title";
        public static final String URL = "post.url";
        public static final String LANG = "post.lang";
        public static final String CREATED_AT = "post.created_at";
        public static final String IN_REPLY_TO = "post.in_reply_to";
        public static final String RAW = "post.raw";
        public static final String AUTHOR_ID = "post.author.id";
        public static final String AUTHOR_HANDLE = "post.author.handle";
        public static final String AUTHOR_NAME = "post.author.name";
        public static final String AUTHOR_FOLLOWERS = "post.author.followers";
        public static final String LIKES = "post.likes";
        public static final String REPOSTS = "post.reposts";
        public static final String REPLIES = "post.replies";
        public static final String ANALYSIS_LANG = "post.analysis.lang";
        public static final String CONFIDENCE = "post.analysis.confidence";
        public static final String COMPLAINT = "post.analysis.complaint";
        public static final String EVIDENCE = "post.analysis.evidence";
        public static final String CORRECTED = "post.analysis.corrected";

        private Stored() {
        }
    }
}
