package org.comptoir.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.comptoir.post.Intent;
import org.comptoir.post.Network;

/**
 * Writes long-form posts read through RSS: articles of fictional blogs (about a sector, the crisis
 * or the launch) and the brands' own newsroom pieces, published under the brand's site. A blog
 * avoids publishing a title it already published (a few retries, then the URL gets a suffix).
 */
final class ArticleWriter {
    private static final int MAX_ATTEMPTS = 8;
    private final WritingKit kit;
    /** Host and title of every article so far: a blog does not publish the same title twice. */
    private final Set<String> published = new HashSet<>();

    ArticleWriter(WritingKit kit) {
        this.kit = kit;
    }

    Draft blogArticle(DemoBrand brand, String lang, Draft.Moment moment, Instant at) {
        return blogArticle(brand, lang, moment, at, -1);
    }

    /** A blog article whose title is the {@code titleIndex}-th of its section, or a random one if negative. */
    Draft blogArticle(DemoBrand brand, String lang, Draft.Moment moment, Instant at, int titleIndex) {
        String topic = switch (moment) {
            case CRISIS -> "crisis";
            case LAUNCH -> "launch";
            case ORDINARY -> brand.sector().key();
        };
        PostVoice voice = new PostVoice(kit.book(), kit.random(), brand, lang, Network.RSS)
                .launched(moment == Draft.Moment.LAUNCH);
        String titles = lang + ".article.title." + topic;
        String host;
        String title;
        int attempts = 0;
        do {
            host = blogHost(topic, lang);
            title = titleIndex < 0 ? voice.write(titles)
                    : TemplateFiller.fill(
                            kit.book().lines(titles).get(titleIndex % kit.book().lines(titles).size()), voice);
        } while (!published.add(host + " " + title) && ++attempts < MAX_ATTEMPTS);
        String body = paragraph(voice, lang + ".article.body." + topic, 3 + kit.random().nextInt(3))
                + " " + voice.write(lang + ".article.close");
        DemoAuthor author = kit.authors().blogger(host, lang);
        return new Draft(kit.addresses().article(host, "", title, at), Network.RSS, author, body, title, lang,
                Languages.declared(lang, Network.RSS, kit.random()), at, null, brand, Intent.OTHER, moment, null);
    }

    /** A piece on the brand's own site; {@code title} and {@code body} are already written. */
    Draft newsroom(DemoBrand brand, String lang, Draft.Moment moment, Instant at, String title, String body) {
        DemoAuthor author = kit.authors().official(brand, Network.RSS, lang);
        String path = lang.equals("fr") ? "actualites/" : "news/";
        return new Draft(kit.addresses().article(brand.site(), path, title, at), Network.RSS, author, body, title, lang,
                lang, at, null, brand, Intent.OTHER, moment, null);
    }

    Draft newsroom(DemoBrand brand, String lang, Instant at) {
        PostVoice voice = new PostVoice(kit.book(), kit.random(), brand, lang, Network.RSS);
        String title;
        int attempts = 0;
        do {
            title = voice.write(lang + ".newsroom.title");
        } while (!published.add(brand.site() + " " + title) && ++attempts < MAX_ATTEMPTS);
        return newsroom(brand, lang, Draft.Moment.ORDINARY, at, title, voice.write(lang + ".newsroom.body"));
    }

    /** Distinct sentences of a section, in a random order. */
    private String paragraph(PostVoice voice, String section, int sentences) {
        List<String> lines = new ArrayList<>(kit.book().lines(section));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sentences && !lines.isEmpty(); i++) {
            String line = lines.remove(kit.random().nextInt(lines.size()));
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(TemplateFiller.fill(line, voice));
        }
        return out.toString();
    }

    private String blogHost(String topic, String lang) {
        List<String> hosts = switch (topic + "/" + lang) {
            case "bakery/fr" -> List.of("miettes-et-levain.example", "carnet-gourmand.example");
            case "telecom/fr" -> List.of("ondes-et-forfaits.example", "le-comptoir-du-marketing.example");
            case "bike/fr" -> List.of("pedale-douce.example", "velotaf-au-quotidien.example");
            case "crisis/fr" -> List.of("le-comptoir-du-marketing.example", "bad-buzz-hebdo.example");
            case "launch/fr" -> List.of("pedale-douce.example", "deux-roues-demain.example");
            case "bakery/en" -> List.of("paris-food-notes.example");
            case "telecom/en", "crisis/en" -> List.of("expat-in-lyon.example", "brand-meltdowns.example");
            default -> List.of("ebike-diaries.example");
        };
        return hosts.get(kit.random().nextInt(hosts.size()));
    }
}
