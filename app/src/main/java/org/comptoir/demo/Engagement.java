package org.comptoir.demo;

import java.util.List;
import java.util.Random;
import org.comptoir.post.Network;

/**
 * Public counters for every post once its thread is complete. Likes grow with the square root of
 * the author's audience times a Pareto factor (most posts get a handful, a few go far), and with the
 * size of the thread; reposts are a fraction of likes. The reply counter is the number of replies in
 * the dataset plus, for popular posts, a few replies the demo did not collect: never fewer.
 */
final class Engagement {
    private Engagement() {
    }

    static void apply(List<Draft> drafts, Random random) {
        for (Draft d : drafts) {
            if (d.network.equals(Network.RSS)) {
                d.replies = d.children;
            } else if (d.network.equals(Network.REVIEW)) {
                d.likes = d.isRoot() ? Weighted.poisson(random, 1.2) : random.nextInt(2);
                d.replies = d.children;
            } else if (d.isRoot()) {
                root(d, random);
            } else {
                reply(d, random);
            }
        }
    }

    private static void root(Draft d, Random random) {
        boolean reddit = d.network.equals(Network.REDDIT);
        Long followers = d.author.author().followers();
        double audience = Math.sqrt(followers == null ? 100 : followers) * (reddit ? 0.6 : 0.12);
        double boost = switch (d.moment) {
            case CRISIS -> 2.5;
            case LAUNCH -> 1.6;
            case ORDINARY -> 1;
        };
        if (d.network.equals(Network.MASTODON)) {
            boost *= 0.5;
        }
        double likes = audience * pareto(random, 1.6) * boost + d.children * (2 + 10 * random.nextDouble());
        d.likes = (long) likes;
        d.reposts = reddit ? 0 : (long) (d.likes * (0.05 + 0.3 * random.nextDouble())
                * (d.moment == Draft.Moment.CRISIS ? 1.6 : 1));
        d.replies = d.children + (d.likes > 40 ? random.nextInt((int) (d.likes / 25) + 1) : 0);
    }

    private static void reply(Draft d, Random random) {
        boolean brand = d.author.role() == DemoAuthor.Role.OFFICIAL;
        long likes = brand ? random.nextInt(5) : random.nextDouble() < 0.4 ? 0 : (long) (0.8 * pareto(random, 1.8));
        d.likes = likes + d.children;
        d.reposts = d.likes > 10 && !d.network.equals(Network.REDDIT) ? d.likes / 8 : 0;
        d.replies = d.children;
    }

    /** A Pareto draw with minimum 1 and the given tail index. */
    private static double pareto(Random random, double alpha) {
        return 1 / Math.pow(1 - random.nextDouble(), 1 / alpha);
    }
}
