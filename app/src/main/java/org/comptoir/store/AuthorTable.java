package org.comptoir.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What each author did in one or more selections, as primitive columns: row {@code r} is the same author in
 * every selection of one {@link PostIndex#authors(List, java.util.function.Function)} call, so periods compare
 * without keys. An author present in no selection has no row; absent from one selection, its posts there are 0.
 * Names (the author's key and latest post) are resolved only for the rows asked, while the index holds its view.
 */
public final class AuthorTable {
    /** How a backend resolves the names of a row; valid only inside the call that built the table. */
    public interface Names {
        String key(int row);

        String latestPostId(int selection, int row);

        /** Orders two rows as their keys would sort (a backend may answer without resolving them). */
        default int compareKeys(int rowA, int rowB) {
            return key(rowA).compareTo(key(rowB));
        }
    }

    private final int selections;
    private Names names;
    private int rows;
    private int[] posts;
    private int[] replies;
    private int[] defences;
    private long[] reactions;
    private long[] followers;
    private long[] weeks;
    private int[] sentiment;
    private long[] lastMillis;

    public AuthorTable(int selections, int expectedRows) {
        this.selections = selections;
        int capacity = Math.max(16, expectedRows);
        posts = new int[capacity * selections];
        replies = new int[capacity * selections];
        defences = new int[capacity * selections];
        reactions = new long[capacity * selections];
        followers = new long[capacity * selections];
        weeks = new long[capacity * selections * 2];
        sentiment = new int[capacity * selections * 4];
        lastMillis = new long[capacity * selections];
    }

    /** A new row, empty in every selection. */
    public int addRow() {
        if ((rows + 1) * selections > posts.length) {
            int capacity = posts.length / selections * 2;
            posts = Arrays.copyOf(posts, capacity * selections);
            replies = Arrays.copyOf(replies, capacity * selections);
            defences = Arrays.copyOf(defences, capacity * selections);
            reactions = Arrays.copyOf(reactions, capacity * selections);
            followers = Arrays.copyOf(followers, capacity * selections);
            weeks = Arrays.copyOf(weeks, capacity * selections * 2);
            sentiment = Arrays.copyOf(sentiment, capacity * selections * 4);
            lastMillis = Arrays.copyOf(lastMillis, capacity * selections);
        }
        return rows++;
    }

    public void names(Names names) {
        this.names = names;
    }

    /**
     * Counts one post of the author in a selection: {@code sentiment} 0 negative, 1 neutral, 2 positive, 3 not analysed;
     * {@code week} its week from the selection's first (0–127). Answers whether it is the author's latest so far.
     */
    public boolean post(int selection, int row, int sentimentCode, long reactionsReceived, long followerCount, int week, long millis) {
        int i = row * selections + selection;
        boolean first = posts[i]++ == 0;
        sentiment[i * 4 + sentimentCode]++;
        reactions[i] += reactionsReceived;
        followers[i] = Math.max(followers[i], followerCount);
        weeks[i * 2 + (week >> 6)] |= 1L << (week & 63);
        if (first || millis >= lastMillis[i]) {
            lastMillis[i] = millis;
            return true;
        }
        return false;
    }

    /** The post just counted replies in a thread; {@code defence} when it is not negative and its parent is. */
    public void reply(int selection, int row, boolean defence) {
        int i = row * selections + selection;
        replies[i]++;
        if (defence) {
            defences[i]++;
        }
    }

    public int rows() {
        return rows;
    }

    public int selections() {
        return selections;
    }

    public long posts(int selection, int row) {
        return posts[row * selections + selection];
    }

    public long replies(int selection, int row) {
        return replies[row * selections + selection];
    }

    public long defences(int selection, int row) {
        return defences[row * selections + selection];
    }

    public long reactions(int selection, int row) {
        return reactions[row * selections + selection];
    }

    public long followers(int selection, int row) {
        return followers[row * selections + selection];
    }

    public int weeks(int selection, int row) {
        int i = (row * selections + selection) * 2;
        return Long.bitCount(weeks[i]) + Long.bitCount(weeks[i + 1]);
    }

    public long positive(int selection, int row) {
        return sentiment[(row * selections + selection) * 4 + 2];
    }

    public long negative(int selection, int row) {
        return sentiment[(row * selections + selection) * 4];
    }

    public String key(int row) {
        return names.key(row);
    }

    public int compareKeys(int rowA, int rowB) {
        return names.compareKeys(rowA, rowB);
    }

    /** The author as a record, names resolved; only inside the call that built the table. */
    public AuthorActivity activity(int selection, int row) {
        int i = row * selections + selection;
        int s = i * 4;
        SentimentCounts counts = new SentimentCounts(posts[i], sentiment[s], sentiment[s + 1], sentiment[s + 2]);
        return new AuthorActivity(names.key(row), names.latestPostId(selection, row), followers[i], posts[i], replies[i],
                defences[i], reactions[i], weeks(selection, row), counts, Instant.ofEpochMilli(lastMillis[i]));
    }

    /** Every author present in the selection, names resolved (costly on large selections: prefer the columns). */
    public List<AuthorActivity> activities(int selection) {
        List<AuthorActivity> all = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            if (posts(selection, row) > 0) {
                all.add(activity(selection, row));
            }
        }
        return all;
    }
}
