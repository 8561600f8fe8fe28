package org.comptoir.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.comptoir.post.Network;
import org.comptoir.demo.DemoAuthor.Role;

/**
 * Who speaks. Most posts come from people who write once; a share comes from regulars picked with a
 * Zipf law, so a few of them write dozens of posts and most a handful. Each main brand also has a few
 * advocates and employees, and every brand an official account per network.
 */
final class AuthorPool {
    private static final double ZIPF_EXPONENT = 0.7;

    private final AuthorFactory factory;
    private final Random random;
    private final Map<String, List<DemoAuthor>> regulars = new LinkedHashMap<>();
    private final Map<Integer, double[]> zipf = new LinkedHashMap<>();
    private final Map<String, DemoAuthor> officials = new LinkedHashMap<>();
    private final Map<String, DemoAuthor> bloggers = new LinkedHashMap<>();
    private final Map<String, List<DemoAuthor>> advocates = new LinkedHashMap<>();
    private final Map<String, List<DemoAuthor>> employees = new LinkedHashMap<>();

    AuthorPool(AuthorFactory factory, Random random) {
        this.factory = factory;
        this.random = random;
    }

    /** Someone posting or replying on a network, a regular or a newcomer. */
    DemoAuthor poster(Network network, String lang) {
        double regularShare = switch (network.name()) {
            case "review" -> 0.04;
            case "rss" -> 0.3;
            default -> 0.36;
        };
        if (random.nextDouble() >= regularShare) {
            return factory.person(network, lang, Role.ONE_OFF, null);
        }
        List<DemoAuthor> pool = regulars.computeIfAbsent(network.name() + "/" + lang, k -> {
            int size = lang.equals("fr") ? 220 : 90;
            List<DemoAuthor> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(factory.person(network, lang, Role.REGULAR, null));
            }
            return list;
        });
        return pool.get(zipfRank(pool.size()));
    }

    DemoAuthor official(DemoBrand brand, Network network, String lang) {
        return officials.computeIfAbsent(brand.key() + "/" + network.name() + "/" + lang,
                k -> factory.official(brand, network, lang));
    }

    DemoAuthor blogger(String host, String lang) {
        return bloggers.computeIfAbsent(host, h -> factory.blogger(h, lang));
    }

    /** Four people who defend the brand, on X, X, Mastodon and Bluesky; one writes in English. */
    List<DemoAuthor> advocates(DemoBrand brand) {
        return advocates.computeIfAbsent(brand.key(), k -> List.of(
                factory.person(Network.X, "fr", Role.ADVOCATE, brand),
                factory.person(Network.X, "en", Role.ADVOCATE, brand),
                factory.person(Network.MASTODON, "fr", Role.ADVOCATE, brand),
                factory.person(Network.BLUESKY, "fr", Role.ADVOCATE, brand)));
    }

    /** Three employees who say where they work. */
    List<DemoAuthor> employees(DemoBrand brand) {
        return employees.computeIfAbsent(brand.key(), k -> List.of(
                factory.person(Network.X, "fr", Role.EMPLOYEE, brand),
                factory.person(Network.MASTODON, "fr", Role.EMPLOYEE, brand),
                factory.person(Network.BLUESKY, "fr", Role.EMPLOYEE, brand)));
    }

    private int zipfRank(int size) {
        double[] cumulative = zipf.computeIfAbsent(size, n -> {
            double[] c = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += 1 / Math.pow(i + 1, ZIPF_EXPONENT);
                c[i] = sum;
            }
            return c;
        });
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] < target) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
