package org.comptoir.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.comptoir.post.Intent;
import org.comptoir.post.Network;

/**
 * The brands' side of the two stories. The crisis: at 05:40 UTC a scheduled "nothing to report"
 * post from Grelot Mobile while its network is down, then an incident notice, an apology for that
 * post, a recovery update and the compensation (one month free), cross-posted and on the newsroom.
 * The launch: three days of Pédalune teasers, the Comète announcement at 08:00 UTC on launch day
 * with its newsroom piece, and a thank-you two days later.
 */
final class EventWriter {
    private static final List<Network> SOCIAL = List.of(Network.X, Network.MASTODON, Network.BLUESKY);
    /** Blog pieces about the crisis, per day since it started: {minute of the day, 0 = fr / 1 = en, title}. */
    private static final int[][][] CRISIS_PIECES = {
        {{20 * 60, 0, 1}},
        {{11 * 60, 0, 2}, {18 * 60, 1, 0}},
        {{9 * 60, 0, 0}}};

    private final WritingKit kit;
    private final ArticleWriter articles;
    private Draft trigger;

    EventWriter(WritingKit kit, ArticleWriter articles) {
        this.kit = kit;
        this.articles = articles;
    }

    Draft trigger() {
        return trigger;
    }

    List<Draft> day(int day) {
        int sinceCrisis = day - DailyPlan.crisisDay();
        int sinceLaunch = day - DailyPlan.launchDay();
        List<Draft> out = new ArrayList<>();
        if (sinceCrisis == 0 || sinceCrisis == 1) {
            out.addAll(crisis(day, sinceCrisis));
        }
        if (sinceCrisis >= 0 && sinceCrisis < CRISIS_PIECES.length) {
            for (int[] piece : CRISIS_PIECES[sinceCrisis]) {
                String lang = piece[1] == 0 ? "fr" : "en";
                out.add(articles.blogArticle(DemoWorld.GRELOT, lang, Draft.Moment.CRISIS,
                        kit.clock().dayStart(day).plusSeconds(piece[0] * 60L + kit.random().nextInt(1800)), piece[2]));
            }
        }
        if (sinceLaunch >= -3 && sinceLaunch <= 2) {
            out.addAll(launch(day, sinceLaunch));
        }
        return out;
    }

    private List<Draft> crisis(int day, int sinceCrisis) {
        DemoBrand brand = DemoWorld.GRELOT;
        List<String> fr = kit.book().lines("fr.crisis.official");
        List<String> en = kit.book().lines("en.crisis.official");
        List<Draft> out = new ArrayList<>();
        if (sinceCrisis == 0) {
            trigger = statement(brand, Network.X, "fr", day, 5 * 60 + 40, kit.book().lines("fr.crisis.trigger").get(0));
            out.add(trigger);
            out.addAll(everywhere(brand, day, 8 * 60 + 10, fr.get(0)));
            out.add(statement(brand, Network.X, "en", day, 8 * 60 + 25, en.get(0)));
            out.addAll(everywhere(brand, day, 12 * 60 + 30, fr.get(2)));
        } else {
            out.addAll(everywhere(brand, day, 9 * 60, fr.get(1)));
            out.addAll(everywhere(brand, day, 16 * 60 + 30, fr.get(3)));
            out.add(statement(brand, Network.X, "en", day, 16 * 60 + 40, en.get(1)));
            out.add(articles.newsroom(brand, "fr", Draft.Moment.CRISIS,
                    kit.clock().dayStart(day).plusSeconds(16 * 3600 + 1800),
                    kit.book().lines("fr.crisis.newsroom.title").get(0), fr.get(3) + " " + DemoWorld.FICTIONAL));
        }
        return out;
    }

    private List<Draft> launch(int day, int sinceLaunch) {
        DemoBrand brand = DemoWorld.PEDALUNE;
        List<Draft> out = new ArrayList<>();
        if (sinceLaunch < 0) {
            String teaser = kit.book().lines("fr.launch.teaser").get(sinceLaunch + 3);
            out.addAll(everywhere(brand, day, 16 * 60, teaser));
            out.add(statement(brand, Network.X, "en", day, 16 * 60 + 15,
                    kit.book().lines("en.launch.teaser").get(sinceLaunch + 3)));
        } else if (sinceLaunch == 0) {
            String announcement = kit.book().lines("fr.launch.official").get(0);
            out.addAll(everywhere(brand, day, DailyPlan.LAUNCH_MINUTE, announcement));
            out.add(statement(brand, Network.X, "en", day, DailyPlan.LAUNCH_MINUTE + 10,
                    kit.book().lines("en.launch.official").get(0)));
            PostVoice voice = new PostVoice(kit.book(), kit.random(), brand, "fr", Network.RSS);
            out.add(articles.newsroom(brand, "fr", Draft.Moment.LAUNCH,
                    kit.clock().dayStart(day).plusSeconds(DailyPlan.LAUNCH_MINUTE * 60L),
                    voice.write("fr.launch.newsroom.title"),
                    TemplateFiller.fill(announcement, voice) + " " + DemoWorld.FICTIONAL));
        } else if (sinceLaunch == 2) {
            out.addAll(everywhere(brand, day, 10 * 60, kit.book().lines("fr.launch.official").get(1)));
        }
        return out;
    }

    /** The same French statement, filled once, cross-posted on X, Mastodon and Bluesky within minutes. */
    private List<Draft> everywhere(DemoBrand brand, int day, int minute, String template) {
        String text = TemplateFiller.fill(template, new PostVoice(kit.book(), kit.random(), brand, "fr", Network.X));
        List<Draft> out = new ArrayList<>();
        for (Network network : SOCIAL) {
            out.add(posted(brand, network, "fr", day, minute + kit.random().nextInt(4), text));
        }
        return out;
    }

    private Draft statement(DemoBrand brand, Network network, String lang, int day, int minute, String template) {
        return posted(brand, network, lang, day, minute,
                TemplateFiller.fill(template, new PostVoice(kit.book(), kit.random(), brand, lang, network)));
    }

    private Draft posted(DemoBrand brand, Network network, String lang, int day, int minute, String text) {
        Draft.Moment moment = brand == DemoWorld.GRELOT ? Draft.Moment.CRISIS : Draft.Moment.LAUNCH;
        Instant at = kit.clock().dayStart(day).plusSeconds(minute * 60L + kit.random().nextInt(50));
        DemoAuthor author = kit.authors().official(brand, network, lang);
        return new Draft(kit.addresses().social(author, at), network, author, text, null, lang, lang, at, null, brand,
                Intent.OTHER, moment, null);
    }

}
