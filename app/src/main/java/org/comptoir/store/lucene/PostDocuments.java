package org.comptoir.store.lucene;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.comptoir.post.Analysis;
import org.comptoir.post.Author;
import org.comptoir.post.Intent;
import org.comptoir.post.Metrics;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import org.comptoir.post.Sentiment;
import org.comptoir.store.StoredPost;

/**
 * Maps a {@link Post} to a Lucene {@link Document} and back. The document holds only string and
 * numeric values (no token streams), so the same instance can be given to Lucene Monitor and to an
 * IndexWriter. Everything needed to rebuild the post exactly is stored.
 */
public final class PostDocuments {
    private PostDocuments() {
    }

    /** The term that identifies the document of post {@code id} (for update and delete). */
    public static Term idTerm(String id) {
        return new Term(PostFields.ID, id);
    }

    public static Document toDocument(Post post, Collection<String> topics) {
        Document doc = new Document();
        doc.add(new StringField(PostFields.ID, post.id(), Store.YES));
        doc.add(new SortedDocValuesField(PostFields.ID, new BytesRef(post.id())));
        long millis = post.createdAt().toEpochMilli();
        doc.add(new LongPoint(PostFields.CREATED_AT, millis));
        doc.add(new NumericDocValuesField(PostFields.CREATED_AT, millis));
        doc.add(new StoredField(PostFields.CREATED_AT, millis));
        doc.add(new StoredField(PostFields.Stored.CREATED_AT, post.createdAt().toString()));
        for (String topic : topics == null ? List.<String>of() : topics) {
            doc.add(new StringField(PostFields.TOPIC, topic, Store.YES));
        }
        doc.add(new StringField(PostFields.NETWORK, post.network().name(), Store.YES));
        for (String lang : languageValues(post.effectiveLang())) {
            doc.add(new StringField(PostFields.LANG, lang, Store.NO));
        }
        PostTextFields.add(doc, PostFields.TEXT, post.text(), post.effectiveLang());
        storeIfPresent(doc, PostFields.Stored.TEXT, post.text());
        if (post.title() != null) {
            PostTextFields.add(doc, PostFields.TEXT, post.title(), post.effectiveLang());
            PostTextFields.add(doc, PostFields.TITLE, post.title(), post.effectiveLang());
            doc.add(new StoredField(PostFields.Stored.TITLE, post.title()));
        }
        if (post.url() != null) {
            doc.add(new StringField(PostFields.URL, post.url().strip(), Store.NO));
            doc.add(new StoredField(PostFields.Stored.URL, post.url()));
            for (String domain : PostTextFields.domains(post.site())) {
                doc.add(new StringField(PostFields.SITE, domain, Store.NO));
            }
        }
        storeIfPresent(doc, PostFields.Stored.LANG, post.lang());
        storeIfPresent(doc, PostFields.Stored.IN_REPLY_TO, post.inReplyTo());
        storeIfPresent(doc, PostFields.Stored.RAW, post.raw());
        addAuthor(doc, post.author());
        addMetrics(doc, post.metrics());
        addAnalysis(doc, post.analysis());
        addAggregationValues(doc, post, topics);
        return doc;
    }

    /** The doc values {@link LuceneAggregations} counts by. */
    private static void addAggregationValues(Document doc, Post post, Collection<String> topics) {
        sorted(doc, PostFields.AGG_NETWORK, post.network().name());
        sorted(doc, PostFields.AGG_LANG, PostFields.primaryLanguage(post.effectiveLang().strip().toLowerCase(Locale.ROOT)));
        sorted(doc, PostFields.AGG_SITE, post.site());
        if (post.analysis() != null) {
            sorted(doc, PostFields.AGG_SENTIMENT, post.analysis().sentiment() == null ? null : post.analysis().sentiment().label());
            sorted(doc, PostFields.AGG_INTENT, post.analysis().intent() == null ? null : post.analysis().intent().label());
        }
        sorted(doc, PostFields.AGG_AUTHOR, authorKey(post));
        sorted(doc, PostFields.AGG_PARENT, post.inReplyTo());
        for (String topic : topics == null ? List.<String>of() : new java.util.TreeSet<>(topics)) {
            doc.add(new SortedSetDocValuesField(PostFields.AGG_TOPIC, new BytesRef(topic)));
        }
    }

    /** An author's identity across posts: network and account id, or the handle (lower case) when the id is unknown. */
    public static String authorKey(Post post) {
        Author author = post.author();
        String local = author.id() != null && !author.id().isBlank() ? author.id()
                : author.handle() != null && !author.handle().isBlank() ? author.handle().strip().toLowerCase(Locale.ROOT) : null;
        return local == null ? null : post.network().name() + ":" + local;
    }

    private static void sorted(Document doc, String field, String value) {
        if (value != null && !value.isEmpty()) {
            doc.add(new SortedDocValuesField(field, new BytesRef(value)));
        }
    }

    private static List<String> languageValues(String lang) {
        String lower = lang.strip().toLowerCase(Locale.ROOT);
        String primary = PostFields.primaryLanguage(lower);
        return primary.equals(lower) ? List.of(lower) : List.of(lower, primary);
    }

    private static void addAuthor(Document doc, Author author) {
        storeIfPresent(doc, PostFields.Stored.AUTHOR_ID, author.id());
        storeIfPresent(doc, PostFields.Stored.AUTHOR_HANDLE, author.handle());
        storeIfPresent(doc, PostFields.Stored.AUTHOR_NAME, author.name());
        for (String handle : PostTextFields.handleValues(author.handle())) {
            doc.add(new StringField(PostFields.AUTHOR, handle, Store.NO));
        }
        if (author.followers() != null) {
            long followers = author.followers();
            doc.add(new LongPoint(PostFields.FOLLOWERS, followers));
            doc.add(new NumericDocValuesField(PostFields.FOLLOWERS, followers));
            doc.add(new StoredField(PostFields.Stored.AUTHOR_FOLLOWERS, followers));
        }
    }

    private static void addMetrics(Document doc, Metrics metrics) {
        doc.add(new NumericDocValuesField(PostFields.LIKES, metrics.likes()));
        doc.add(new NumericDocValuesField(PostFields.REPOSTS, metrics.reposts()));
        doc.add(new NumericDocValuesField(PostFields.REPLIES, metrics.replies()));
        doc.add(new NumericDocValuesField(PostFields.ENGAGEMENT, metrics.engagement()));
        doc.add(new StoredField(PostFields.Stored.LIKES, metrics.likes()));
        doc.add(new StoredField(PostFields.Stored.REPOSTS, metrics.reposts()));
        doc.add(new StoredField(PostFields.Stored.REPLIES, metrics.replies()));
    }

    private static void addAnalysis(Document doc, Analysis analysis) {
        if (analysis == null) {
            return;
        }
        doc.add(new StoredField(PostFields.Stored.CONFIDENCE, analysis.confidence()));
        storeIfPresent(doc, PostFields.Stored.ANALYSIS_LANG, analysis.lang());
        if (analysis.sentiment() != null) {
            doc.add(new StringField(PostFields.SENTIMENT, analysis.sentiment().label(), Store.YES));
        }
        if (analysis.intent() != null) {
            doc.add(new StringField(PostFields.INTENT, analysis.intent().label(), Store.YES));
        }
        for (String evidence : analysis.evidence()) {
            doc.add(new StoredField(PostFields.Stored.EVIDENCE, evidence));
        }
        if (analysis.corrected()) {
            doc.add(new StoredField(PostFields.Stored.CORRECTED, 1));
        }
        if (analysis.complaint() != null) {
            doc.add(new StringField(PostFields.COMPLAINT, analysis.flaggedAsComplaint() ? "yes" : "no", Store.NO));
            doc.add(new StoredField(PostFields.Stored.COMPLAINT, analysis.complaint()));
        }
    }

    private static void storeIfPresent(Document doc, String name, String value) {
        if (value != null) {
            doc.add(new StoredField(name, value));
        }
    }

    /**
     * Rebuilds the post and its topics from stored fields: either a document read back from an index
     * ({@code storedFields().document(doc)}) or one made by {@link #toDocument}.
     */
    public static StoredPost fromDocument(Document storedFields) {
        StoredValues v = new StoredValues(storedFields);
        Author author = new Author(v.string(PostFields.Stored.AUTHOR_ID), v.string(PostFields.Stored.AUTHOR_HANDLE),
                v.string(PostFields.Stored.AUTHOR_NAME), v.number(PostFields.Stored.AUTHOR_FOLLOWERS));
        Metrics metrics = new Metrics(v.longOrZero(PostFields.Stored.LIKES), v.longOrZero(PostFields.Stored.REPOSTS),
                v.longOrZero(PostFields.Stored.REPLIES));
        Analysis analysis = null;
        if (v.has(PostFields.Stored.CONFIDENCE)) {
            String sentiment = v.string(PostFields.SENTIMENT);
            String intent = v.string(PostFields.INTENT);
            analysis = new Analysis(v.string(PostFields.Stored.ANALYSIS_LANG),
                    sentiment == null ? null : Sentiment.fromLabel(sentiment),
                    v.decimal(PostFields.Stored.CONFIDENCE), intent == null ? null : Intent.fromLabel(intent),
                    v.strings(PostFields.Stored.EVIDENCE), v.has(PostFields.Stored.CORRECTED),
                    v.has(PostFields.Stored.COMPLAINT) ? v.decimal(PostFields.Stored.COMPLAINT) : null);
        }
        String createdAt = v.string(PostFields.Stored.CREATED_AT);
        Post post = new Post(v.string(PostFields.ID), Network.of(v.string(PostFields.NETWORK)),
                v.string(PostFields.Stored.URL), author, v.string(PostFields.Stored.TEXT),
                v.string(PostFields.Stored.TITLE), v.string(PostFields.Stored.LANG),
                createdAt == null ? Instant.ofEpochMilli(v.number(PostFields.CREATED_AT)) : Instant.parse(createdAt),
                v.string(PostFields.Stored.IN_REPLY_TO), metrics, v.string(PostFields.Stored.RAW), analysis);
        return new StoredPost(post, v.strings(PostFields.TOPIC));
    }

    /** Reads only stored values, so extra indexed-only fields of the same name are ignored. */
    private record StoredValues(Document doc) {
        private List<IndexableField> stored(String name) {
            List<IndexableField> out = new ArrayList<>();
            for (IndexableField field : doc.getFields(name)) {
                if (field.fieldType().stored()) {
                    out.add(field);
                }
            }
            return out;
        }

        boolean has(String name) {
            return !stored(name).isEmpty();
        }

        String string(String name) {
            List<IndexableField> fields = stored(name);
            return fields.isEmpty() ? null : fields.get(0).stringValue();
        }

        List<String> strings(String name) {
            return stored(name).stream().map(IndexableField::stringValue).toList();
        }

        Long number(String name) {
            List<IndexableField> fields = stored(name);
            return fields.isEmpty() ? null : fields.get(0).numericValue().longValue();
        }

        long longOrZero(String name) {
            Long value = number(name);
            return value == null ? 0 : value;
        }

        double decimal(String name) {
            return stored(name).get(0).numericValue().doubleValue();
        }
    }
}
