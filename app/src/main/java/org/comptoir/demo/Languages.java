package org.comptoir.demo;

import java.util.Random;
import org.comptoir.post.Network;

/**
 * What a network says about a post's language, and where a language's readers gather. X and Bluesky
 * nearly always declare a language, Mastodon often leaves it to a default (sometimes English for a
 * French toot), Reddit usually declares none; about a tenth of the demo ends up undeclared.
 */
final class Languages {
    private Languages() {
    }

    static String declared(String lang, Network network, Random random) {
        double missing = switch (network.name()) {
            case "x" -> 0.03;
            case "mastodon" -> 0.10;
            case "bluesky" -> 0.05;
            case "reddit" -> 0.50;
            case "review" -> 0.15;
            default -> 0.04;
        };
        double u = random.nextDouble();
        if (u < missing) {
            return null;
        }
        if (network.equals(Network.MASTODON) && lang.equals("fr") && u < missing + 0.03) {
            return "en";
        }
        return lang;
    }

    static String subreddit(Sector sector, String lang) {
        boolean fr = lang.equals("fr");
        return switch (sector) {
            case BAKERY -> fr ? "boulangerie_demo" : "paris_expats_demo";
            case TELECOM -> fr ? "forfaits_mobiles_demo" : "expatfrance_demo";
            case BIKE -> fr ? "velotaf_demo" : "ebikes_demo";
        };
    }
}
