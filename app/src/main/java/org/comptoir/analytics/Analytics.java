package org.comptoir.analytics;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.comptoir.pipeline.Pipelines;
import org.comptoir.post.Post;
import org.comptoir.query.QuerySyntaxException;
import org.comptoir.store.Facet;
import org.comptoir.store.PostIndex;
import org.comptoir.store.PostQuery;
import org.comptoir.store.SentimentCounts;
import org.comptoir.store.StoredPost;
import org.comptoir.topic.Topic;
import org.comptoir.topic.TopicCatalog;
import org.comptoir.topic.TopicKind;
import org.comptoir.workspace.Workspace;
import org.comptoir.workspace.Workspaces;

/**
 * The figures of the dashboard, the API and {@code comptoir analytics}: volume and sentiment over time,
 * breakdowns, share of voice, authors by engagement, the engagement pyramid and legitimacy index,
 * trending terms and verbatims. Formulas: docs/metrics.md. Every count comes from the {@link PostIndex}
 * aggregations, so any backend that passes their contract gives the same figures.
 */
public final class Analytics {
    static final int SLICES = 20;
    private final Pipelines pipelines;
    private final TopicCatalog topics;
    private final Employees employees;
    private final Workspaces workspaces;
    private final Clock clock;

    public Analytics(Pipelines pipelines, TopicCatalog topics, Employees employees, Workspaces workspaces, Clock clock) {
        this.pipelines = pipelines;
        this.topics = topics;
        this.employees = employees;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    /** The selection with its default range and the workspace's time zone unless it names one, after checking its topic. */
    public Selection resolve(String workspace, Selection selection) {
        if (selection.topic() != null && topics.find(workspace, selection.topic()).isEmpty()) {
            throw new IllegalArgumentException("unknown topic '" + selection.topic() + "' in workspace '" + workspace + "'");
        }
        ZoneId zone = workspaces.find(workspace).map(Workspace::zone).orElse(Workspace.DEFAULT_ZONE);
        return selection.inZoneUnlessSet(zone).resolved(clock.instant());
    }

    public Figures.Volume volume(String workspace, Selection selection, Interval interval) throws QuerySyntaxException {
        Selection asked = resolve(workspace, selection);
        List<Instant> edges = interval.edges(asked.from(), asked.to(), asked.zone());
        // whole buckets: the range grows to the edges of the first and last bucket, so no bucket is cut short
        Selection s = asked.between(edges.get(0), edges.get(edges.size() - 1));
        List<SentimentCounts> counts = index(workspace).histogram(s.toPostQuery(), edges);
        List<Figures.Bucket> buckets = new ArrayList<>(counts.size());
        for (int i = 0; i < counts.size(); i++) {
            buckets.add(Figures.Bucket.of(edges.get(i), counts.get(i)));
        }
        return new Figures.Volume(interval.label(), s.zone().getId(), s.from(), s.to(), buckets);
    }

    public Figures.Breakdown breakdown(String workspace, Selection selection, Facet by) throws QuerySyntaxException {
        Selection s = resolve(workspace, selection);
        return breakdownOf(by.label(), index(workspace).countBy(s.toPostQuery(), by), null);
    }

    /**
     * Each topic's part of the posts about the listed topics (by default the workspace's brands and competitors,
     * or every topic when none is marked): shares sum to 1; a post about two topics counts for both. The selection's own topic filter is ignored.
     */
    public Figures.Breakdown shareOfVoice(String workspace, Selection selection, List<String> names) throws QuerySyntaxException {
        Selection s = resolve(workspace, new Selection(selection.query(), null, selection.from(), selection.to(), selection.lang(),
                selection.network(), selection.zone()));
        List<String> chosen = names == null || names.isEmpty() ? defaultVoices(workspace) : names;
        for (String name : chosen) {
            if (topics.find(workspace, name).isEmpty()) {
                throw new IllegalArgumentException("unknown topic '" + name + "' in workspace '" + workspace + "'");
            }
        }
        Map<String, SentimentCounts> counts = index(workspace).countBy(s.toPostQuery(), Facet.TOPIC);
        Map<String, SentimentCounts> listed = new LinkedHashMap<>();
        chosen.forEach(name -> listed.put(name, counts.getOrDefault(name, SentimentCounts.ZERO)));
        return breakdownOf("topic", listed, chosen);
    }

    /** The workspace's brands and competitors, when it marked any; otherwise every topic. */
    private List<String> defaultVoices(String workspace) {
        List<Topic> all = topics.list(workspace);
        List<String> marked = all.stream().filter(t -> t.kind() == TopicKind.BRAND || t.kind() == TopicKind.COMPETITOR)
                .map(Topic::name).toList();
        return marked.isEmpty() ? all.stream().map(Topic::name).toList() : marked;
    }

    private static Figures.Breakdown breakdownOf(String by, Map<String, SentimentCounts> counts, List<String> order) {
        long total = counts.values().stream().mapToLong(SentimentCounts::count).sum();
        List<Figures.Share> values = new ArrayList<>();
        counts.forEach((value, c) -> values.add(Figures.Share.of(value, c, total)));
        if (order == null) {
            values.sort(Comparator.comparingLong(Figures.Share::count).reversed().thenComparing(Figures.Share::value));
        }
        return new Figures.Breakdown(by, total, values);
    }

    /** Authors ranked by engagement (docs/metrics.md), best first. */
    public List<Figures.RankedAuthor> authors(String workspace, Selection selection, int limit) throws QuerySyntaxException {
        return authors(workspace, selection, limit, true);
    }

    /** Authors ranked by engagement; without the workspace's employees when {@code withEmployees} is false. */
    public List<Figures.RankedAuthor> authors(String workspace, Selection selection, int limit, boolean withEmployees)
            throws QuerySyntaxException {
        Selection s = resolve(workspace, selection);
        return AuthorFigures.ranked(index(workspace), s.toPostQuery(), Math.max(1, Math.min(limit, 1000)), employees.list(workspace),
                withEmployees);
    }

    /** The engagement pyramid of the selection's period, its movement against the previous period and the legitimacy index. */
    public Figures.Pyramid pyramid(String workspace, Selection selection) throws QuerySyntaxException {
        Selection s = resolve(workspace, selection);
        return AuthorFigures.pyramid(index(workspace), s, s.toPostQuery(), s.previous().toPostQuery(), employees.list(workspace));
    }

    /**
     * The author's level in the engagement pyramid (docs/metrics.md) over the {@link Selection#DEFAULT_SPAN} up to and
     * including {@code at}, on {@code network}; empty when they posted nothing then. Routing rules read it.
     */
    public java.util.Optional<PyramidLevel> levelOf(String workspace, String network, String handle, Instant at) {
        if (handle == null || handle.isBlank()) {
            return java.util.Optional.empty();
        }
        PostQuery query = new PostQuery(new org.comptoir.query.QueryNode.Field(org.comptoir.query.QueryField.AUTHOR,
                new org.comptoir.query.QueryNode.Term(handle.strip())), null, at.minus(Selection.DEFAULT_SPAN), at.plusMillis(1), null,
                1, null, network);
        return index(workspace).authors(List.of(query), table -> {
            int best = -1;
            for (int row = 0; row < table.rows(); row++) {
                if (best < 0 || table.posts(0, row) > table.posts(0, best)) {
                    best = row;
                }
            }
            return best < 0 ? java.util.Optional.<PyramidLevel>empty() : java.util.Optional.of(PyramidLevel.of(table, 0, best));
        });
    }

    /** Trending terms of the selection against {@code baseline} (null: the previous period of the same length). */
    public Figures.Terms terms(String workspace, Selection selection, Selection baseline, int limit) throws QuerySyntaxException {
        Selection s = resolve(workspace, selection);
        Selection base = baseline == null ? s.previous() : baseline;
        PostIndex index = index(workspace);
        List<Post> foreground = sample(index, s);
        List<Post> background = sample(index, base);
        return new Figures.Terms(s.from(), s.to(), base.from(), base.to(), foreground.size(), background.size(),
                "log-likelihood G² on document frequencies of samples of at most " + SignificantTerms.SAMPLE
                        + " posts spread over each period in proportion to its volume",
                SignificantTerms.compute(foreground, background, Math.max(1, Math.min(limit, 200))));
    }

    /** The most representative posts of the selection (docs/metrics.md). */
    public List<Figures.Verbatim> verbatims(String workspace, Selection selection, int limit) throws QuerySyntaxException {
        Selection s = resolve(workspace, selection);
        PostIndex index = index(workspace);
        List<Post> foreground = sample(index, s);
        List<Post> background = sample(index, s.previous());
        List<Figures.Term> significant = SignificantTerms.compute(foreground, background, 30);
        return Verbatims.pick(foreground, significant, Math.max(1, Math.min(limit, 100)));
    }

    /**
     * At most {@link SignificantTerms#SAMPLE} posts of the selection, spread over its period in proportion to
     * its volume: the period is cut into {@link #SLICES} equal slices, each gives its share of the sample (an even
     * sample of its posts), so a spike weighs what it weighs and no day is left out.
     */
    private static List<Post> sample(PostIndex index, Selection selection) throws QuerySyntaxException {
        PostQuery query = selection.toPostQuery();
        long span = java.time.Duration.between(selection.from(), selection.to()).toMillis();
        List<Instant> edges = new ArrayList<>();
        for (int i = 0; i <= SLICES; i++) {
            edges.add(selection.from().plusMillis(span * i / SLICES));
        }
        List<SentimentCounts> counts = index.histogram(query, edges);
        long total = counts.stream().mapToLong(SentimentCounts::count).sum();
        List<Post> posts = new ArrayList<>((int) Math.min(total, SignificantTerms.SAMPLE));
        for (int i = 0; i < SLICES; i++) {
            long quota = total <= SignificantTerms.SAMPLE ? counts.get(i).count()
                    : Math.round((double) SignificantTerms.SAMPLE * counts.get(i).count() / total);
            if (quota > 0) {
                index.sample(query.between(edges.get(i), edges.get(i + 1)), (int) quota).forEach(p -> posts.add(p.post()));
            }
        }
        return posts;
    }

    /** The workspace's topic names, for the filters. */
    public List<String> topicNames(String workspace) {
        return topics.list(workspace).stream().map(Topic::name).toList();
    }

    /** The employees' handles of the workspace, and their replacement (managers). */
    public Set<String> employees(String workspace) {
        return employees.list(workspace);
    }

    public Set<String> replaceEmployees(String workspace, List<String> handles) {
        return employees.replace(workspace, handles);
    }

    private PostIndex index(String workspace) {
        return pipelines.get(workspace).index();
    }
}
