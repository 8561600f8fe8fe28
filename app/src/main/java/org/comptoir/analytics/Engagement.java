package org.comptoir.analytics;

import org.comptoir.store.AuthorActivity;

/**
 * The engagement score authors are ranked by (docs/metrics.md). Taking part counts more than broadcasting,
 * defending the brand most, coming back week after week too; reactions received count with diminishing
 * returns; followers never count:
 * <pre>engagement = posts + 2·replies + 3·defences + 2·(weeks − 1) + log₂(1 + reactions)</pre>
 */
final class Engagement {
    private Engagement() {
    }

    static double score(AuthorActivity a) {
        return a.posts() + 2.0 * a.replies() + 3.0 * a.defences() + 2.0 * Math.max(0, a.weeks() - 1)
                + Math.log1p(a.reactions()) / Math.log(2);
    }
}
