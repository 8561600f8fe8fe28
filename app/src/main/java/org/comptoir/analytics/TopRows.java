package org.comptoir.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.comptoir.store.AuthorTable;

/**
 * The {@code n} best rows of an {@link AuthorTable} by a score, ties broken by the author's key, without sorting
 * them all: most rows are turned away by one comparison with the worst kept, allocating nothing.
 */
final class TopRows {
    private record Entry(int row, double score) {
    }

    private final int n;
    private final Comparator<Entry> bestFirst;
    private final PriorityQueue<Entry> worstOnTop;

    TopRows(AuthorTable table, int n) {
        this.n = Math.max(1, n);
        this.bestFirst = Comparator.comparingDouble(Entry::score).reversed()
                .thenComparing((a, b) -> table.compareKeys(a.row(), b.row()));
        this.worstOnTop = new PriorityQueue<>(this.n + 1, bestFirst.reversed());
    }

    void offer(int row, double score) {
        if (worstOnTop.size() == n) {
            Entry worst = worstOnTop.peek();
            if (score < worst.score()) {
                return;
            }
            Entry entry = new Entry(row, score);
            if (bestFirst.compare(entry, worst) < 0) {
                worstOnTop.poll();
                worstOnTop.add(entry);
            }
            return;
        }
        worstOnTop.add(new Entry(row, score));
    }

    /** The rows kept, best first. */
    List<Integer> rows() {
        List<Entry> kept = new ArrayList<>(worstOnTop);
        kept.sort(bestFirst);
        return kept.stream().map(Entry::row).toList();
    }
}
