package org.comptoir.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.comptoir.store.AuthorTable;
import org.comptoir.store.Facet;
import org.comptoir.store.PostIndex;
import org.comptoir.store.SentimentCounts;
import java.time.Instant;
import java.util.Map;
import org.comptoir.store.PostQuery;
import org.comptoir.store.SearchPage;
import org.comptoir.store.StoredPost;

/**
 * The embedded {@link PostIndex}: a Lucene index on disk, near-real-time searcher, durable on commit.
 * Post documents and their analysis come from {@link PostDocuments} and {@link PostAnalyzers}.
 */
public final class LucenePostIndex implements PostIndex {
    private static final int MAX_UNREFRESHED = 50_000;
    /** The document layout this version writes; an index committed with another is rewritten on open. */
    static final String SCHEMA = "2";
    private static final String SCHEMA_KEY = "comptoir.schema";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final AuthorColumns.Cache authorColumns = new AuthorColumns.Cache();
    /** Ids written since the last blocking refresh: not yet visible to a searcher, yet already stored. */
    private final Set<String> unrefreshedIds = new HashSet<>();
    /** One commit at a time; never taken while holding this index's monitor. */
    private final Object commitOrder = new Object();

    public LucenePostIndex(Path dir) {
        try {
            this.directory = FSDirectory.open(dir);
            IndexWriterConfig config = new IndexWriterConfig(PostAnalyzers.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64)
                    // flushed and merged segments stay as plain files: no copy into a compound file
                    .setUseCompoundFile(false)
                    .setMergePolicy(noCompoundFiles(new TieredMergePolicy()))
                    .setCommitOnClose(true);
            this.writer = new IndexWriter(directory, config);
            upgradeDocuments(writer);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the post index in " + dir, e);
        }
    }

    /**
     * Rewrites every document of an index written by an older version (its commit names an older
     * {@link #SCHEMA}), so fields added since (the aggregation doc values) are there for every post.
     */
    private static void upgradeDocuments(IndexWriter writer) throws IOException {
        String written = null;
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (SCHEMA_KEY.equals(entry.getKey())) {
                    written = entry.getValue();
                }
            }
        }
        writer.setLiveCommitData(List.of(Map.entry(SCHEMA_KEY, SCHEMA)));
        if (SCHEMA.equals(written) || writer.getDocStats().numDocs == 0) {
            return;
        }
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                var stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        StoredPost post = PostDocuments.fromDocument(stored.document(doc));
                        writer.updateDocument(PostDocuments.idTerm(post.post().id()),
                                PostDocuments.toDocument(post.post(), post.topics()));
                    }
                }
            }
        }
        writer.commit();
    }

    private static MergePolicy noCompoundFiles(TieredMergePolicy policy) {
        policy.setNoCFSRatio(0.0);
        return policy;
    }

    @Override
    public synchronized Set<String> existingIds(Collection<String> ids) {
        // no refresh here (it would flush a segment per batch): ids written since the last one are remembered
        return withSearcher(false, searcher -> {
            Set<String> found = new HashSet<>();
            List<BytesRef> unknown = new ArrayList<>(ids.size());
            for (String id : ids) {
                if (unrefreshedIds.contains(id)) {
                    found.add(id);
                } else {
                    unknown.add(new BytesRef(id));
                }
            }
            // in term order, consecutive look-ups reuse the blocks the terms enum already loaded
            unknown.sort(null);
            // one terms enum per segment, no query machinery: ids are looked up directly in the terms dictionary
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Terms terms = leaf.reader().terms(PostFields.ID);
                if (terms == null) {
                    continue;
                }
                TermsEnum termsEnum = terms.iterator();
                Bits live = leaf.reader().getLiveDocs();
                PostingsEnum postings = null;
                for (BytesRef id : unknown) {
                    if (termsEnum.seekExact(id)) {
                        postings = termsEnum.postings(postings, PostingsEnum.NONE);
                        if (hasLiveDoc(postings, live)) {
                            found.add(id.utf8ToString());
                        }
                    }
                }
            }
            return found;
        });
    }

    private static boolean hasLiveDoc(PostingsEnum postings, Bits live) throws IOException {
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            if (live == null || live.get(doc)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized void upsert(Collection<StoredPost> posts) {
        write(posts, true);
    }

    @Override
    public synchronized void insert(Collection<StoredPost> posts) {
        // no delete-by-id: each buffered delete term costs a lookup in every segment at flush
        write(posts, false);
    }

    @Override
    public synchronized void delete(Collection<String> ids) {
        try {
            for (String id : ids) {
                writer.deleteDocuments(PostDocuments.idTerm(id));
            }
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete from the post index", e);
        }
    }

    private void write(Collection<StoredPost> posts, boolean replace) {
        // IndexWriter is thread-safe: analysing and indexing the batch on all cores
        posts.parallelStream().forEach(stored -> {
            try {
                var doc = PostDocuments.toDocument(stored.post(), stored.topics());
                if (replace) {
                    writer.updateDocument(PostDocuments.idTerm(stored.post().id()), doc);
                } else {
                    writer.addDocument(doc);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write to the post index", e);
            }
        });
        posts.forEach(stored -> unrefreshedIds.add(stored.post().id()));
        if (unrefreshedIds.size() > MAX_UNREFRESHED) {
            refresh();
        }
    }

    /**
     * Commits without holding the index's monitor: IndexWriter takes new documents while it flushes and syncs,
     * so the next batches are written during a commit (ADR 0026). Only the searcher refresh that follows it
     * is serialised with writes, as it clears the ids written since the previous refresh.
     */
    @Override
    public void commit() {
        try {
            synchronized (commitOrder) {
                writer.commit();
                synchronized (this) {
                    refresh();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the post index", e);
        }
    }

    private void refresh() {
        try {
            searchers.maybeRefreshBlocking();
            unrefreshedIds.clear();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the post index searcher", e);
        }
    }

    @Override
    public SearchPage search(PostQuery query) {
        Query lucene = LuceneSearchRequest.toLuceneQuery(query);
        return withSearcher(searcher -> {
            FieldDoc after = LuceneSearchRequest.decodeCursor(query.cursor());
            TopDocs top = after == null
                    ? searcher.search(lucene, query.limit(), LuceneSearchRequest.NEWEST_FIRST)
                    : searcher.searchAfter(after, lucene, query.limit(), LuceneSearchRequest.NEWEST_FIRST);
            List<StoredPost> posts = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                posts.add(PostDocuments.fromDocument(searcher.storedFields().document(hit.doc)));
            }
            long total = searcher.count(lucene);
            String next = null;
            if (top.scoreDocs.length == query.limit()) {
                next = LuceneSearchRequest.encodeCursor((FieldDoc) top.scoreDocs[top.scoreDocs.length - 1]);
            }
            return new SearchPage(total, posts, next);
        });
    }

    @Override
    public List<StoredPost> sample(PostQuery query, int n) {
        Query lucene = LuceneSearchRequest.toLuceneQuery(query);
        return withSearcher(searcher -> {
            int total = searcher.count(lucene);
            int take = Math.min(Math.max(0, n), total);
            if (take == 0) {
                return List.of();
            }
            EvenSample picks = new EvenSample(total, take);
            searcher.search(lucene, picks);
            List<StoredPost> posts = new ArrayList<>(take);
            StoredFields stored = searcher.storedFields();
            for (int i = 0; i < picks.size; i++) {
                // ascending doc ids: neighbours share a compressed block, decompressed once
                posts.add(PostDocuments.fromDocument(stored.document(picks.docs[i])));
            }
            return posts;
        });
    }

    /** Keeps the matches at positions ⌊i·total/take⌋, i = 0…take−1, in index order. */
    private static final class EvenSample extends SimpleCollector {
        private final long total;
        private final int take;
        final int[] docs;
        int size;
        private long position;
        private long next;
        private int docBase;

        EvenSample(long total, int take) {
            this.total = total;
            this.take = take;
            this.docs = new int[take];
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            docBase = context.docBase;
        }

        @Override
        public void collect(int doc) {
            if (position++ == next && size < take) {
                docs[size++] = docBase + doc;
                next = (size * total) / take;
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    @Override
    public long count(PostQuery query) {
        Query lucene = LuceneSearchRequest.toLuceneQuery(query);
        return withSearcher(searcher -> (long) searcher.count(lucene));
    }

    @Override
    public Optional<StoredPost> get(String id) {
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(new TermQuery(PostDocuments.idTerm(id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(PostDocuments.fromDocument(searcher.storedFields().document(top.scoreDocs[0].doc)));
        });
    }

    /**
     * Visits the matching posts segment by segment in index order (no sorting, no paging): the cost is one stored
     * document read per post, and memory stays constant whatever the number of posts.
     */
    @Override
    public void forEach(PostQuery query, Consumer<StoredPost> action) {
        Query lucene = LuceneSearchRequest.toLuceneQuery(query);
        withSearcher(searcher -> {
            Weight weight = searcher.createWeight(searcher.rewrite(lucene), ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                DocIdSetIterator docs = scorer.iterator();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        action.accept(PostDocuments.fromDocument(stored.document(doc)));
                    }
                }
            }
            return null;
        });
    }

    @Override
    public List<SentimentCounts> histogram(PostQuery query, List<Instant> boundaries) {
        Query lucene = LuceneSearchRequest.toLuceneQuery(query);
        return withSearcher(searcher -> LuceneAggregations.histogram(searcher, lucene, boundaries));
    }

    @Override
    public Map<String, SentimentCounts> countBy(PostQuery query, Facet facet) {
        Query lucene = LuceneSearchRequest.toLuceneQuery(query);
        return withSearcher(searcher -> LuceneAggregations.countBy(searcher, lucene, facet));
    }

    @Override
    public <R> R authors(List<PostQuery> selections, Function<AuthorTable, R> reduce) {
        List<LuceneAuthorActivity.Selection> lucene = selections.stream()
                .map(q -> new LuceneAuthorActivity.Selection(LuceneSearchRequest.toLuceneQuery(q), q.from())).toList();
        return withSearcher(searcher -> LuceneAuthorActivity.authors(searcher, authorColumns.of(searcher.getIndexReader()), lucene, reduce));
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the post index", e);
        }
    }

    private <T> T withSearcher(SearcherFunction<T> function) {
        return withSearcher(true, function);
    }

    private <T> T withSearcher(boolean refresh, SearcherFunction<T> function) {
        try {
            if (refresh) {
                searchers.maybeRefreshBlocking();
            }
            IndexSearcher searcher = searchers.acquire();
            try {
                return function.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the post index", e);
        }
    }

    @FunctionalInterface
    private interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
