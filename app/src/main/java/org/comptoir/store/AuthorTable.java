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

    /** Longs per (row, selection): posts|replies, defences|followers, reactions, weeks ×2, neg|neutral, pos|none, last time, latest. */
    private static final int STRIDE = 9;
    private static final long LOW = 0xffff_ffffL;
    private final int selections;
    private Names names;
    private int rows;
    private long[] data;

    /** A table over {@code buffer} (reused between requests: rows are cleared as they are added). */
    public AuthorTable(int selections, long[] buffer) {
        this.selections = selections;
        this.data = buffer.length >= STRIDE * selections ? buffer : new long[STRIDE * selections * 1024];
    }

    public AuthorTable(int selections, int expectedRows) {
        this(selections, new long[STRIDE * selections * Math.max(16, expectedRows)]);
    }

    /** The longs backing the table, to reuse for the next one. */
    public long[] buffer() {
        return data;
    }

    /** A new row, empty in every selection. */
    public int addRow() {
        int end = (rows + 1) * selections * STRIDE;
        if (end > data.length) {
            data = Arrays.copyOf(data, Math.max(end, data.length * 2));
        }
        Arrays.fill(data, rows * selections * STRIDE, end, 0L);
        return rows++;
    }

    public void names(Names names) {
        this.names = names;
    }

    private int at(int selection, int row) {
        return (row * selections + selection) * STRIDE;
    }

    /**
     * Counts one post of the author in a selection: {@code sentiment} 0 negative, 1 neutral, 2 positive, 3 not analysed;
     * {@code week} its week from the selection's first (0–127). Answers whether it is the author's latest so far.
     */
    public boolean post(int selection, int row, int sentimentCode, long reactionsReceived, long followerCount, int week, long millis) {
        int i = at(selection, row);
        boolean first = (data[i] & LOW) == 0;
        data[i]++;
        long followers = Math.max(data[i + 1] >>> 32, Math.min(Integer.MAX_VALUE, Math.max(0, followerCount)));
        data[i + 1] = followers << 32 | (data[i + 1] & LOW);
        data[i + 2] += reactionsReceived;
        data[i + 3 + (week >> 6)] |= 1L << (week & 63);
        data[i + 5 + (sentimentCode >> 1)] += (sentimentCode & 1) == 0 ? 1 : 1L << 32;
        if (first || millis >= data[i + 7]) {
            data[i + 7] = millis;
            return true;
        }
        return false;
    }

    /** The post just counted replies in a thread; {@code defence} when it is not negative and its parent is. */
    public void reply(int selection, int row, boolean defence) {
        int i = at(selection, row);
        data[i] += 1L << 32;
        if (defence) {
            data[i + 1]++;
        }
    }

    /** A backend's handle on the author's latest post in the selection (e.g. a document number). */
    public void latest(int selection, int row, long handle) {
        data[at(selection, row) + 8] = handle;
    }

    public long latest(int selection, int row) {
        return data[at(selection, row) + 8];
    }

    public int rows() {
        return rows;
    }

    public int selections() {
        return selections;
    }

    public long posts(int selection, int row) {
        return data[at(selection, row)] & LOW;
    }

    public long replies(int selection, int row) {
        return data[at(selection, row)] >>> 32;
    }

    public long defences(int selection, int row) {
        return data[at(selection, row) + 1] & LOW;
    }

    public long reactions(int selection, int row) {
        return data[at(selection, row) + 2];
    }

    public long followers(int selection, int row) {
        return data[at(selection, row) + 1] >>> 32;
    }

    public int weeks(int selection, int row) {
        int i = at(selection, row);
        return Long.bitCount(data[i + 3]) + Long.bitCount(data[i + 4]);
    }

    public long negative(int selection, int row) {
        return data[at(selection, row) + 5] & LOW;
    }

    public long neutral(int selection, int row) {
        return data[at(selection, row) + 5] >>> 32;
    }

    public long positive(int selection, int row) {
        return data[at(selection, row) + 6] & LOW;
    }

    public String key(int row) {
        return names.key(row);
    }

    public int compareKeys(int rowA, int rowB) {
        return names.compareKeys(rowA, rowB);
    }

    /** The author as a record, names resolved; only inside the call that built the table. */
    public AuthorActivity activity(int selection, int row) {
        SentimentCounts counts = new SentimentCounts(posts(selection, row), negative(selection, row), neutral(selection, row),
                positive(selection, row));
        return new AuthorActivity(names.key(row), names.latestPostId(selection, row), followers(selection, row), posts(selection, row),
                replies(selection, row), defences(selection, row), reactions(selection, row), weeks(selection, row), counts,
                Instant.ofEpochMilli(data[at(selection, row) + 7]));
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
