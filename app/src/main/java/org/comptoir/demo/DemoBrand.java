package org.comptoir.demo;

import java.util.List;
import java.util.Locale;
import org.comptoir.post.Network;

/**
 * A fictional brand of the demo world and how people write its name.
 *
 * @param key           short internal key, also the phrase-book suffix of its products ({@code dupain})
 * @param name          display name ({@code Fournil Dupain})
 * @param shortName     the word people use alone ({@code Dupain}); topics and tests look for it
 * @param tagName       the name as a hashtag or handle, without the sign ({@code FournilDupain})
 * @param site          the brand's fictional web host ({@code fournil-dupain.example})
 * @param sector        its trade
 * @param competitor    true for the two competitors watched beside the three brands
 * @param rival         name of the (fictional) brand its unhappy customers leave for
 * @param dailyPosts    mean number of posts starting a conversation about it on an ordinary day
 * @param englishShare  share of those posts written in English
 * @param followers     follower count of its official account on X
 * @param agents        first names of the community managers who sign its replies
 */
record DemoBrand(String key, String name, String shortName, String tagName, String site, Sector sector,
                 boolean competitor, String rival, double dailyPosts, double englishShare, long followers,
                 List<String> agents) {

    /** The official account's handle as that network shows it. */
    String officialHandle(Network network) {
        return switch (network.name()) {
            case "x" -> "@" + tagName;
            case "mastodon" -> "@" + tagName.toLowerCase(Locale.ROOT) + "@social." + site;
            case "bluesky" -> "@" + site;
            case "reddit" -> "u/" + tagName + "_officiel";
            // review sites name a company's answers by its domain, as Trustpilot's company pages do
            case "review" -> site;
            default -> null;
        };
    }

    String hashtag() {
        return "#" + tagName;
    }

    String siteUrl() {
        return "https://" + site + "/";
    }
}
