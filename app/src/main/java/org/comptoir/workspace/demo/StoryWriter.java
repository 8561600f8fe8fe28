package org.comptoir.workspace.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.comptoir.post.Intent;
import org.comptoir.post.Network;

/**
 * Writes what the brands and the people close to them publish on their own: official posts and
 * newsroom articles, employees' and advocates' posts, the crisis's trigger and statements, the
 * launch's teasers and announcement, and a little noise (Christmas bells, mosquito bites) that the
 * topics' {@code NOT} clauses must leave out.
 */
final class StoryWriter {
    private static final List<Network> SOCIAL = List.of(Network.X, Network.MASTODON, Network.BLUESKY);

    private final PhraseBook book;
    private final Random random;
    private final AuthorPool authors;
    private final Addresses addresses;
    private final Clock clock;
    private final ArticleWriter articles;
    private Draft trigger;

    StoryWriter(PhraseBook book, Random random, AuthorPool authors, Addresses addresses, Clock clock,
                ArticleWriter articles) {
        this.book = book;
        this.random = random;
        this.authors = authors;
        this.addresses = addresses;
        this.clock = clock;
        this.articles = articles;
    }

    /** The clumsy "nothing to report" post that lit the crisis, once written. */
    Draft trigger() {
        return trigger;
    }

    List<Draft> day(int day) {
        List<Draft> out = new ArrayList<>();
        int sinceCrisis = day - DailyPlan.crisisDay();
        int sinceLaunch = day - DailyPlan.launchDay();
        for (int b = 0; b < DemoWorld.BRANDS.size(); b++) {
            DemoBrand brand = DemoWorld.BRANDS.get(b);
            boolean crisisDesk = brand == DemoWorld.GRELOT && (sinceCrisis == 0 || sinceCrisis == 1);
            if (!crisisDesk && random.nextDouble() < (brand.competitor() ? 0.5 : 0.8)) {
                String lang = random.nextDouble() < brand.englishShare() * 0.6 ? "en" : "fr";
                Network network = SOCIAL.get(Weighted.index(random, new double[] {0.6, 0.2, 0.2}));
                out.add(own(brand, authors.official(brand, network, lang), lang, Intent.OTHER, Draft.Moment.ORDINARY,
                        clock.during(day, lang, 7 * 60, random), lang + ".official." + brand.sector().key(), 0));
            }
            if ((day + 3 * b) % 15 == 0) {
                out.add(articles.newsroom(brand, "fr", clock.during(day, "fr", 8 * 60, random)));
            }
            if (!brand.competitor()) {
                for (DemoAuthor employee : authors.employees(brand)) {
                    if (random.nextDouble() < 1 / 6.0) {
                        out.add(own(brand, employee, "fr", Intent.OTHER, Draft.Moment.ORDINARY,
                                clock.during(day, "fr", 0, random), "fr.employee." + brand.sector().key(), 0.5));
                    }
                }
                for (DemoAuthor advocate : authors.advocates(brand)) {
                    if (random.nextDouble() < 0.25) {
                        out.add(own(brand, advocate, advocate.lang(), Intent.PRAISE, Draft.Moment.ORDINARY,
                                clock.during(day, advocate.lang(), 0, random), advocate.lang() + ".advocate", 0.8));
                    }
                }
            }
        }
        out.addAll(noise(day));
        if (sinceCrisis == 0 || sinceCrisis == 1) {
            out.addAll(crisis(day, sinceCrisis));
        }
        if (sinceLaunch >= -3 && sinceLaunch <= 2) {
            out.addAll(launch(day, sinceLaunch));
        }
        return out;
    }

    private List<Draft> noise(int day) {
        List<Draft> out = new ArrayList<>();
        for (int i = Weighted.poisson(random, 2.5); i > 0; i--) {
            String lang = random.nextDouble() < 0.85 ? "fr" : "en";
            DemoBrand about = random.nextBoolean() ? DemoWorld.GRELOT : DemoWorld.MOUSTIQUE;
            Network network = SOCIAL.get(random.nextInt(SOCIAL.size()));
            DemoAuthor author = authors.poster(network, lang);
            PostVoice voice = new PostVoice(book, random, about, lang, network);
            String text = voice.write(lang + ".noise." + about.key());
            if (random.nextDouble() < 0.5) {
                text = text + " " + voice.value(random.nextBoolean() ? "emoji-" : "emoji+");
            }
            Instant at = clock.during(day, lang, 0, random);
            out.add(new Draft(addresses.social(author, at), network, author, Typist.type(text, lang, 0.8, random),
                    null, lang, Languages.declared(lang, network, random), at, null, null, Intent.OTHER,
                    Draft.Moment.ORDINARY, null));
        }
        return out;
    }

    private List<Draft> crisis(int day, int sinceCrisis) {
        DemoBrand brand = DemoWorld.GRELOT;
        List<String> fr = book.lines("fr.crisis.official");
        List<String> en = book.lines("en.crisis.official");
        List<Draft> out = new ArrayList<>();
        if (sinceCrisis == 0) {
            trigger = statement(brand, Network.X, "fr", day, 5 * 60 + 40, book.lines("fr.crisis.trigger").get(0));
            out.add(trigger);
            out.addAll(everywhere(brand, day, 8 * 60 + 10, fr.get(0)));
            out.add(statement(brand, Network.X, "en", day, 8 * 60 + 25, en.get(0)));
            out.addAll(everywhere(brand, day, 12 * 60 + 30, fr.get(2)));
        } else {
            out.addAll(everywhere(brand, day, 9 * 60, fr.get(1)));
            out.addAll(everywhere(brand, day, 16 * 60 + 30, fr.get(3)));
            out.add(statement(brand, Network.X, "en", day, 16 * 60 + 40, en.get(1)));
            out.add(articles.newsroom(brand, "fr", Draft.Moment.CRISIS, clock.dayStart(day).plusSeconds(16 * 3600 + 1800),
                    book.lines("fr.crisis.newsroom.title").get(0), fr.get(3) + " " + DemoWorld.FICTIONAL));
        }
        return out;
    }

    private List<Draft> launch(int day, int sinceLaunch) {
        DemoBrand brand = DemoWorld.PEDALUNE;
        List<Draft> out = new ArrayList<>();
        if (sinceLaunch < 0) {
            String teaser = book.lines("fr.launch.teaser").get(sinceLaunch + 3);
            out.addAll(everywhere(brand, day, 16 * 60, teaser));
            out.add(statement(brand, Network.X, "en", day, 16 * 60 + 15, book.pick(random, "en.launch.teaser")));
        } else if (sinceLaunch == 0) {
            String announcement = book.lines("fr.launch.official").get(0);
            out.addAll(everywhere(brand, day, DailyPlan.LAUNCH_MINUTE, announcement));
            out.add(statement(brand, Network.X, "en", day, DailyPlan.LAUNCH_MINUTE + 10,
                    book.lines("en.launch.official").get(0)));
            PostVoice voice = new PostVoice(book, random, brand, "fr", Network.RSS);
            out.add(articles.newsroom(brand, "fr", Draft.Moment.LAUNCH,
                    clock.dayStart(day).plusSeconds(DailyPlan.LAUNCH_MINUTE * 60L),
                    voice.write("fr.launch.newsroom.title"),
                    TemplateFiller.fill(announcement, voice) + " " + DemoWorld.FICTIONAL));
        } else if (sinceLaunch == 2) {
            out.addAll(everywhere(brand, day, 10 * 60, book.lines("fr.launch.official").get(1)));
        }
        return out;
    }

    private List<Draft> everywhere(DemoBrand brand, int day, int minute, String template) {
        List<Draft> out = new ArrayList<>();
        for (Network network : SOCIAL) {
            out.add(statement(brand, network, "fr", day, minute + random.nextInt(4), template));
        }
        return out;
    }

    private Draft statement(DemoBrand brand, Network network, String lang, int day, int minute, String template) {
        Draft.Moment moment = brand == DemoWorld.GRELOT ? Draft.Moment.CRISIS : Draft.Moment.LAUNCH;
        Instant at = clock.dayStart(day).plusSeconds(minute * 60L + random.nextInt(50));
        DemoAuthor author = authors.official(brand, network, lang);
        String text = TemplateFiller.fill(template, new PostVoice(book, random, brand, lang, network));
        return new Draft(addresses.social(author, at), network, author, text, null, lang, lang, at, null, brand,
                Intent.OTHER, moment, null);
    }

    private Draft own(DemoBrand brand, DemoAuthor author, String lang, Intent intent, Draft.Moment moment, Instant at,
                      String section, double informality) {
        String text = new PostVoice(book, random, brand, lang, author.network()).write(section);
        text = Typist.type(text, lang, informality, random);
        return new Draft(addresses.social(author, at), author.network(), author, text, null, lang,
                Languages.declared(lang, author.network(), random), at, null, brand, intent, moment, null);
    }
}
