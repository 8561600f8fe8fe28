package org.comptoir.demo;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.comptoir.post.Post;

/**
 * Prints the figures of a demo dataset (sizes, networks, languages, the crisis and launch days,
 * generation time) so the documentation's numbers can be reproduced:
 * {@code java -cp app/target/classes org.comptoir.demo.DemoDatasetSummary 2025-03-31 [seed]}.
 */
public final class DemoDatasetSummary {
    private DemoDatasetSummary() {
    }

    public static void main(String[] args) {
        LocalDate lastDay = args.length > 0 ? LocalDate.parse(args[0]) : LocalDate.now(ZoneOffset.UTC);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : DemoDatasetGenerator.DEFAULT_SEED;
        DemoDatasetGenerator generator = new DemoDatasetGenerator(seed, lastDay);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        DemoDataset dataset = null;
        for (int run = 1; run <= 5; run++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            dataset = generator.generate();
            System.out.printf(Locale.ROOT, "run %d: %d ms processor, %d ms wall%n", run,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000, (System.nanoTime() - wall) / 1_000_000);
        }
        var posts = dataset.posts();
        System.out.printf(Locale.ROOT, "posts: %d, replies: %d, topics: %d%n", posts.size(),
                posts.stream().filter(p -> p.inReplyTo() != null).count(), dataset.topics().size());
        System.out.println("per network: " + count(posts, p -> true, p -> p.network().name()));
        System.out.println("declared language: " + count(posts, p -> true, p -> String.valueOf(p.lang())));
        LocalDate crisis = lastDay.minusDays(DemoWorld.CRISIS_DAYS_BEFORE_END);
        LocalDate launch = lastDay.minusDays(DemoWorld.LAUNCH_DAYS_BEFORE_END);
        Map<String, Long> grelot = count(posts, p -> folded(p).contains("grelot"), p -> day(p).toString());
        Map<String, Long> pedalune = count(posts, p -> folded(p).contains("pedalune"), p -> day(p).toString());
        for (int d = -2; d <= 3; d++) {
            System.out.printf(Locale.ROOT, "crisis%+d (%s): %d posts mention grelot%n", d, crisis.plusDays(d),
                    grelot.getOrDefault(crisis.plusDays(d).toString(), 0L));
        }
        for (int d = -2; d <= 2; d++) {
            System.out.printf(Locale.ROOT, "launch%+d (%s): %d posts mention pedalune%n", d, launch.plusDays(d),
                    pedalune.getOrDefault(launch.plusDays(d).toString(), 0L));
        }
    }

    private static Map<String, Long> count(java.util.List<Post> posts, Predicate<Post> filter,
                                           java.util.function.Function<Post, String> key) {
        return posts.stream().filter(filter).collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    private static LocalDate day(Post post) {
        return LocalDate.ofInstant(post.createdAt(), ZoneOffset.UTC);
    }

    private static String folded(Post post) {
        return Typist.withoutAccents(post.text().toLowerCase(Locale.ROOT));
    }
}
