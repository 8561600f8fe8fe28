package org.comptoir.demo;

import java.time.Instant;
import java.util.List;
import org.comptoir.post.Intent;
import org.comptoir.post.Network;

/**
 * Writes the posts that start a conversation about a brand: a tweet, a toot, a Bluesky post, a
 * Reddit submission, a customer review or a blog article. Picks the language, network, intent and
 * author, then the text from the phrase book (ordinary days, the crisis or the launch).
 */
final class RootWriter {
    /** During the crisis blogs do not post at random: {@link EventWriter} schedules their pieces. */
    private static final double[] CRISIS_NETWORKS = {0.56, 0.16, 0.18, 0.07, 0.03, 0};
    private static final List<Intent> CRISIS_INTENTS = List.of(Intent.COMPLAINT, Intent.CHURN_RISK, Intent.OTHER,
            Intent.QUESTION, Intent.PRAISE);
    private static final double[] CRISIS_MIX = {0.56, 0.18, 0.10, 0.09, 0.07};
    private static final List<Intent> LAUNCH_INTENTS = List.of(Intent.PURCHASE_INTENT, Intent.QUESTION,
            Intent.PRAISE, Intent.OTHER, Intent.COMPLAINT);
    private static final double[] LAUNCH_MIX = {0.30, 0.30, 0.22, 0.10, 0.08};

    private final WritingKit kit;
    private final ArticleWriter articles;

    RootWriter(WritingKit kit, ArticleWriter articles) {
        this.kit = kit;
        this.articles = articles;
    }

    Draft write(DailyPlan.Slot slot, int day) {
        DemoBrand brand = slot.brand();
        Draft.Moment moment = kit.random().nextDouble() < slot.storyShare() ? slot.moment() : Draft.Moment.ORDINARY;
        boolean crisis = moment == Draft.Moment.CRISIS;
        String lang = kit.random().nextDouble() < (crisis ? 0.2 : brand.englishShare()) ? "en" : "fr";
        Network network = DemoWorld.NETWORKS.get(Weighted.index(kit.random(),
                crisis ? CRISIS_NETWORKS : DemoWorld.NETWORK_SHARES));
        Intent intent = switch (moment) {
            case CRISIS -> CRISIS_INTENTS.get(Weighted.index(kit.random(), CRISIS_MIX));
            case LAUNCH -> LAUNCH_INTENTS.get(Weighted.index(kit.random(), LAUNCH_MIX));
            case ORDINARY -> Sector.INTENTS.get(Weighted.index(kit.random(), Sector.INTENTS.stream()
                    .mapToDouble(i -> brand.sector().share(i)).toArray()));
        };
        Instant at = kit.clock().during(day, lang, moment == Draft.Moment.ORDINARY ? 0 : slot.fromMinute(),
                kit.random());
        if (network.equals(Network.RSS)) {
            return articles.blogArticle(brand, lang, moment, at);
        }
        if (network.equals(Network.REVIEW) && intent == Intent.OTHER) {
            network = Network.X;
        }
        boolean launched = brand == DemoWorld.PEDALUNE && day > DailyPlan.launchDay();
        PostVoice voice = new PostVoice(kit.book(), kit.random(), brand, lang, network).launched(launched);
        String text = voice.detail(lang + "." + brand.sector().key() + "." + Sector.phraseKey(intent))
                .write(section(lang, intent, moment));
        DemoAuthor author = kit.authors().poster(network, lang);
        return switch (network.name()) {
            case "reddit" -> reddit(brand, lang, intent, moment, at, author, voice, text);
            case "review" -> review(brand, lang, intent, moment, at, author, voice, text);
            default -> social(brand, lang, intent, moment, at, author, network, text);
        };
    }

    private String section(String lang, Intent intent, Draft.Moment moment) {
        String key = Sector.phraseKey(intent);
        return switch (moment) {
            case CRISIS -> lang + ".crisis." + (intent == Intent.PRAISE ? "defend" : key);
            case LAUNCH -> lang + ".launch." + key;
            case ORDINARY -> lang + ".frame." + key;
        };
    }

    private Draft social(DemoBrand brand, String lang, Intent intent, Draft.Moment moment, Instant at,
                         DemoAuthor author, Network network, String text) {
        String body = text;
        if (kit.random().nextDouble() < 0.2) {
            body = kit.book().pick(kit.random(), lang + ".open") + " " + body;
        }
        if (kit.random().nextDouble() < 0.2) {
            boolean negative = intent == Intent.COMPLAINT || intent == Intent.CHURN_RISK;
            body = body + " " + new PostVoice(kit.book(), kit.random(), brand, lang, network)
                    .value(negative ? "emoji-" : "emoji+");
        }
        if (body.indexOf('#') < 0 && kit.random().nextDouble() < 0.12) {
            body = body + " " + brand.hashtag();
        }
        body = Typist.type(body, lang, network.equals(Network.MASTODON) ? 0.6 : 1.0, kit.random());
        return new Draft(kit.addresses().social(author, at), network, author, body, null, lang,
                Languages.declared(lang, network, kit.random()), at, null, brand, intent, moment, null);
    }

    private Draft reddit(DemoBrand brand, String lang, Intent intent, Draft.Moment moment, Instant at,
                         DemoAuthor author, PostVoice voice, String text) {
        String title = voice.write(lang + ".reddit.title");
        String subreddit = Languages.subreddit(brand.sector(), lang);
        return new Draft(kit.addresses().redditSubmission(subreddit, title), Network.REDDIT, author,
                Typist.type(text, lang, 0.7, kit.random()), title, lang,
                Languages.declared(lang, Network.REDDIT, kit.random()), at, null, brand, intent, moment, null);
    }

    private Draft review(DemoBrand brand, String lang, Intent intent, Draft.Moment moment, Instant at,
                         DemoAuthor author, PostVoice voice, String text) {
        int rating = switch (intent) {
            case COMPLAINT -> 1 + kit.random().nextInt(2);
            case CHURN_RISK -> 1;
            case PRAISE, PURCHASE_INTENT -> 4 + kit.random().nextInt(2);
            default -> 3;
        };
        String polarity = rating <= 2 ? "negative" : rating >= 4 ? "positive" : "neutral";
        String title = voice.write(lang + ".review.title." + polarity);
        String host = lang.equals("fr") ? "avis-conso.example" : "reviewhub.example";
        return new Draft(kit.addresses().review(host, brand), Network.REVIEW, author,
                Typist.type(text, lang, 0.35, kit.random()), title, lang,
                Languages.declared(lang, Network.REVIEW, kit.random()), at, null, brand, intent, moment,
                "{\"rating\":" + rating + ",\"fictional\":true}");
    }
}
