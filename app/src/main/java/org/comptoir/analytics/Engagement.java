package org.comptoir.analytics;

import org.comptoir.store.AuthorActivity;
import org.comptoir.store.AuthorTable;

/**
 * The engagement score authors are ranked by (docs/metrics.md). Taking part counts more than broadcasting,
 * defending the brand most, coming back week after week too; reactions received count with diminishing
 * returns; followers never count:
 * <pre>engagement = posts + 2·replies + 3·defences + 2·(weeks − 1) + log₂(1 + reactions)</pre>
 */
final class Engagement {
    private Engagement() {
    }

    private static final double LN2 = Math.log(2);

    static double score(AuthorActivity a) {
        return score(a.posts(), a.replies(), a.defences(), a.weeks(), a.reactions());
    }

    static double score(AuthorTable t, int selection, int row) {
        return score(t.posts(selection, row), t.replies(selection, row), t.defences(selection, row), t.weeks(selection, row),
                t.reactions(selection, row));
    }

    static double score(long posts, long replies, long defences, int weeks, long reactions) {
        return posts + 2.0 * replies + 3.0 * defences + 2.0 * Math.max(0, weeks - 1) + Math.log1p(reactions) / LN2;
    }
}
