package org.comptoir.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.comptoir.post.Post;
import org.comptoir.query.QueryField;
import org.comptoir.query.QueryNode;
import org.comptoir.store.AuthorActivity;
import org.comptoir.store.AuthorTable;
import org.comptoir.store.PostIndex;
import org.comptoir.store.PostQuery;
import org.comptoir.store.StoredPost;

/**
 * Authors ranked by engagement and the engagement pyramid (docs/metrics.md), computed on the index's author
 * columns: every author of the selection is scored and levelled from primitives, and names are looked up only
 * for the few shown (the top authors, three examples per level, three climbers and fallers).
 */
final class AuthorFigures {
    private static final int NOW = 0;
    private static final int BEFORE = 1;
    private static final int STAFF = 2;
    private static final int EXAMPLES = 3;

    private AuthorFigures() {
    }

    /** The most engaged authors, employees flagged, or left out when {@code withEmployees} is false. */
    static List<Figures.RankedAuthor> ranked(PostIndex index, PostQuery selection, int limit, Set<String> staff, boolean withEmployees) {
        List<PostQuery> selections = new ArrayList<>(List.of(selection));
        if (!withEmployees && !staff.isEmpty()) {
            selections.add(byStaff(selection, selection.from(), staff));
        }
        return index.authors(selections, table -> {
            boolean[] staffRows = staffRows(index, table, staff, 1);
            TopRows top = new TopRows(table, limit);
            for (int row = 0; row < table.rows(); row++) {
                if (table.posts(NOW, row) > 0 && !staffRows[row]) {
                    top.offer(row, Engagement.score(table, NOW, row));
                }
            }
            return top.rows().stream().map(row -> ranked(index, table.activity(NOW, row), staff)).toList();
        });
    }

    /** The pyramid of {@code now}, its movement against {@code before}; authors posting as staff are counted apart. */
    static Figures.Pyramid pyramid(PostIndex index, Selection s, PostQuery now, PostQuery before, Set<String> staffHandles) {
        List<PostQuery> selections = new ArrayList<>(List.of(now, before));
        if (!staffHandles.isEmpty()) {
            selections.add(byStaff(now, before.from(), staffHandles));
        }
        return index.authors(selections, table -> pyramid(index, s, table, staffRows(index, table, staffHandles, STAFF)));
    }

    /** The selection's posts by the listed handles, from {@code from} to its end. */
    private static PostQuery byStaff(PostQuery selection, java.time.Instant from, Set<String> handles) {
        QueryNode byStaff = new QueryNode.Or(handles.stream()
                .<QueryNode>map(h -> new QueryNode.Field(QueryField.AUTHOR, new QueryNode.Term(h))).toList());
        QueryNode query = selection.query() == null ? byStaff : new QueryNode.And(List.of(selection.query(), byStaff));
        return new PostQuery(query, selection.topic(), from, selection.to(), selection.lang(), 1, null, selection.network());
    }

    private static Figures.Pyramid pyramid(PostIndex index, Selection s, AuthorTable table, boolean[] staff) {
        PyramidLevel[] all = PyramidLevel.values();
        long[] counts = new long[all.length];
        TopRows[] examples = new TopRows[all.length];
        for (PyramidLevel level : all) {
            examples[level.ordinal()] = new TopRows(table, EXAMPLES);
        }
        TopRows climbers = new TopRows(table, EXAMPLES);
        TopRows fallers = new TopRows(table, EXAMPLES);
        long authors = 0;
        long employees = 0;
        long reach = 0;
        long joined = 0;
        long left = 0;
        long climbed = 0;
        long fell = 0;
        double legitimacy = 0;
        for (int row = 0; row < table.rows(); row++) {
            boolean present = table.posts(NOW, row) > 0;
            boolean earlier = table.posts(BEFORE, row) > 0;
            if (staff[row]) {
                employees += present ? 1 : 0;
                continue;
            }
            if (!present) {
                left += earlier ? 1 : 0;
                continue;
            }
            authors++;
            PyramidLevel level = PyramidLevel.of(table, NOW, row);
            double score = Engagement.score(table, NOW, row);
            counts[level.ordinal()]++;
            examples[level.ordinal()].offer(row, score);
            reach += table.followers(NOW, row);
            if (level.compareTo(PyramidLevel.CONVERSANT) >= 0) {
                legitimacy += (1 + net(table, row)) / 2;
            }
            int move = earlier ? level.compareTo(PyramidLevel.of(table, BEFORE, row)) : 0;
            if (!earlier) {
                joined++;
            } else if (move > 0) {
                climbed++;
                climbers.offer(row, score);
            } else if (move < 0) {
                fell++;
                fallers.offer(row, score);
            }
        }
        List<Figures.Level> levels = new ArrayList<>();
        for (PyramidLevel level : all) {
            levels.add(new Figures.Level(level.label(), counts[level.ordinal()], handles(index, table, examples[level.ordinal()])));
        }
        return new Figures.Pyramid(s.from(), s.to(), authors, levels, employees, Figures.round(authors == 0 ? 0 : legitimacy / authors),
                reach, new Figures.Movement(climbed, fell, left, joined, handles(index, table, climbers), handles(index, table, fallers)));
    }

    private static double net(AuthorTable table, int row) {
        long posts = table.posts(NOW, row);
        return posts == 0 ? 0 : (table.positive(NOW, row) - table.negative(NOW, row)) / (double) posts;
    }

    private static List<String> handles(PostIndex index, AuthorTable table, TopRows top) {
        return top.rows().stream().map(row -> handleOf(index, table, row)).toList();
    }

    /**
     * Rows of the workspace's staff: authors of the staff selection (posts by the listed handles, over both periods;
     * {@code author:} also matches a handle's user part) whose latest post there is by exactly a listed handle.
     */
    private static boolean[] staffRows(PostIndex index, AuthorTable table, Set<String> handles, int staffSelection) {
        boolean[] staff = new boolean[table.rows()];
        if (table.selections() > staffSelection) {
            for (int row = 0; row < staff.length; row++) {
                if (table.posts(staffSelection, row) > 0) {
                    String handle = index.get(table.activity(staffSelection, row).latestPostId())
                            .map(p -> p.post().author().handle()).orElse(null);
                    staff[row] = isEmployee(handle, handles);
                }
            }
        }
        return staff;
    }

    private static Figures.RankedAuthor ranked(PostIndex index, AuthorActivity a, Set<String> staff) {
        Optional<Post> latest = index.get(a.latestPostId()).map(StoredPost::post);
        String handle = latest.map(p -> p.author().handle()).orElse(null);
        String name = latest.map(p -> p.author().name()).orElse(null);
        String network = latest.map(p -> p.network().name()).orElse(a.key().substring(0, Math.max(0, a.key().indexOf(':'))));
        return new Figures.RankedAuthor(a.key(), handle, name, network, Figures.round(Engagement.score(a)), a.posts(), a.replies(),
                a.defences(), a.reactions(), a.weeks(), Figures.round(a.sentiment().netSentiment()), a.followers(),
                PyramidLevel.of(a).label(), isEmployee(handle, staff));
    }

    static boolean isEmployee(String handle, Set<String> staff) {
        String h = Employees.normalise(handle);
        return h != null && staff.contains(h);
    }

    private static String handleOf(PostIndex index, AuthorTable table, int row) {
        AuthorActivity a = table.activity(NOW, row);
        return index.get(a.latestPostId()).map(p -> p.post().author().handle() != null ? p.post().author().handle()
                : p.post().author().name()).orElse(a.key());
    }
}
