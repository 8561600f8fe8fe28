package org.comptoir.demo;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.comptoir.post.Author;
import org.comptoir.post.Network;
import org.comptoir.demo.DemoAuthor.Role;

/**
 * Invents authors in each network's style: {@code @marie_durand} on X,
 * {@code @marie@piaille.example} on Mastodon, {@code @marie.ciel.example} on Bluesky,
 * {@code u/loutre_enragee} on Reddit, "Marie D." on a review site. Follower counts are heavy-tailed
 * (Pareto); Reddit, reviews and blogs do not publish any, so theirs stay unknown.
 */
final class AuthorFactory {
    private static final long MAX_FOLLOWERS = 2_500_000L;

    private final PhraseBook book;
    private final Random random;
    private final Set<String> usedHandles = new HashSet<>();
    private long counter;

    AuthorFactory(PhraseBook book, Random random) {
        this.book = book;
        this.random = random;
    }

    DemoAuthor person(Network network, String lang, Role role, DemoBrand brand) {
        String first = book.pick(random, "first." + lang);
        String last = book.pick(random, "last." + lang);
        boolean pseudonym = random.nextDouble() < 0.22 && role != Role.EMPLOYEE;
        String local = role == Role.EMPLOYEE ? employeeLocal(first, brand) : local(first, last, pseudonym);
        if (network.equals(Network.X) || network.equals(Network.REDDIT)) {
            local = local.replace('.', '_');
        }
        local = unique(network, local);
        String display = role == Role.EMPLOYEE
                ? first + (lang.equals("fr") ? " | chez " : " | at ") + brand.name()
                : displayName(network, first, last, local, pseudonym);
        String handle = switch (network.name()) {
            case "x" -> "@" + local;
            case "mastodon" -> "@" + local + "@"
                    + (role == Role.EMPLOYEE ? "social." + brand.site() : book.pick(random, "mastodon.instance"));
            case "bluesky" -> "@" + local + (role == Role.EMPLOYEE ? "." + brand.site() : ".ciel.example");
            case "reddit" -> "u/" + local;
            default -> null;
        };
        double scale = switch (role) {
            case REGULAR -> 3;
            case ADVOCATE -> 8;
            case EMPLOYEE -> 2;
            default -> 1;
        };
        Author author = new Author(accountId(network), handle, display, followers(network, scale));
        return new DemoAuthor(author, role, lang, network, brand, pseudonym ? "" : first);
    }

    DemoAuthor official(DemoBrand brand, Network network, String lang) {
        double share = switch (network.name()) {
            case "x" -> 1.0;
            case "mastodon" -> 0.04;
            case "bluesky" -> 0.12;
            default -> -1;
        };
        Long followers = share < 0 ? null : Math.round(brand.followers() * share);
        String name = network.equals(Network.REVIEW)
                ? (lang.equals("fr") ? "Réponse de " : "Response from ") + brand.name() : brand.name();
        Author author = new Author(accountId(network), brand.officialHandle(network), name, followers);
        return new DemoAuthor(author, Role.OFFICIAL, lang, network, brand, "");
    }

    DemoAuthor blogger(String host, String lang) {
        String first = book.pick(random, "first." + lang);
        String last = book.pick(random, "last." + lang);
        Author author = new Author(host, null, first + " " + last.charAt(0) + ".", null);
        return new DemoAuthor(author, Role.BLOGGER, lang, Network.RSS, null, first);
    }

    private String local(String first, String last, boolean pseudonym) {
        String f = ascii(first);
        String l = ascii(last).replace(" ", "");
        if (pseudonym) {
            return book.pick(random, "pseudo") + book.pick(random, "pseudo.suffix");
        }
        return switch (random.nextInt(5)) {
            case 0 -> f + "_" + l;
            case 1 -> f + l.charAt(0) + (10 + random.nextInt(90));
            case 2 -> f + "." + l;
            case 3 -> l + "_" + f.charAt(0);
            default -> f + (1970 + random.nextInt(40));
        };
    }

    private String employeeLocal(String first, DemoBrand brand) {
        return ascii(first) + "_chez" + ascii(brand.shortName());
    }

    private String displayName(Network network, String first, String last, String local, boolean pseudonym) {
        if (network.equals(Network.REDDIT) || pseudonym) {
            return local;
        }
        if (network.equals(Network.REVIEW) || network.equals(Network.RSS)) {
            return random.nextBoolean() ? first : first + " " + last.charAt(0) + ".";
        }
        return switch (random.nextInt(4)) {
            case 0 -> first;
            case 1 -> first + " " + last.charAt(0) + ".";
            default -> first + " " + last;
        };
    }

    /** The handle, or the handle with a number that grows with each clash, so retries stay few. */
    private String unique(Network network, String local) {
        String candidate = local;
        for (int attempt = 1; !usedHandles.add(network.name() + ":" + candidate); attempt++) {
            candidate = local + "_" + random.nextInt(10 * attempt * attempt);
        }
        return candidate;
    }

    /** Distinct by construction: the counter is part of every id. */
    private String accountId(Network network) {
        long n = ++counter;
        return switch (network.name()) {
            case "x" -> Long.toString(1_400_000_000L + n * 1_000L + random.nextInt(1_000));
            case "mastodon" -> Long.toString(109_000_000_000L + n * 1_000L + random.nextInt(1_000));
            case "bluesky" -> "did:plc:" + Long.toString(n, 36) + "x" + Long.toString(random.nextLong() >>> 8, 32);
            case "reddit" -> "t2_" + Long.toString(60_000_000L + n * 100L + random.nextInt(100), 36);
            default -> network.name() + "-user-" + n;
        };
    }

    private Long followers(Network network, double scale) {
        double xm = switch (network.name()) {
            case "x" -> 45;
            case "mastodon" -> 25;
            case "bluesky" -> 30;
            default -> -1;
        };
        if (xm < 0) {
            return null;
        }
        double pareto = xm * scale / Math.pow(1 - random.nextDouble(), 1 / 1.1);
        return Math.min(MAX_FOLLOWERS, (long) pareto);
    }

    static String ascii(String name) {
        return Typist.withoutAccents(name.toLowerCase(Locale.ROOT)).replace("ë", "e").replace("'", "");
    }
}
