package org.comptoir.workspace.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.comptoir.post.Intent;
import org.comptoir.post.Network;

/**
 * Writes what the brands and the people close to them publish on their own: official posts and
 * newsroom articles, employees' and advocates' posts, the crisis and launch statements (through
 * {@link EventWriter}), and a little noise (Christmas bells, mosquito bites) that the topics'
 * {@code NOT} clauses must leave out.
 */
final class StoryWriter {
    private static final List<Network> SOCIAL = List.of(Network.X, Network.MASTODON, Network.BLUESKY);

    private final PhraseBook book;
    private final Random random;
    private final AuthorPool authors;
    private final Addresses addresses;
    private final Clock clock;
    private final ArticleWriter articles;
    private final EventWriter events;

    StoryWriter(PhraseBook book, Random random, AuthorPool authors, Addresses addresses, Clock clock,
                ArticleWriter articles) {
        this.book = book;
        this.random = random;
        this.authors = authors;
        this.addresses = addresses;
        this.clock = clock;
        this.articles = articles;
        this.events = new EventWriter(book, random, authors, addresses, clock, articles);
    }

    /** The clumsy "nothing to report" post that lit the crisis, once written. */
    Draft trigger() {
        return events.trigger();
    }

    List<Draft> day(int day) {
        List<Draft> out = new ArrayList<>();
        int sinceCrisis = day - DailyPlan.crisisDay();
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
        out.addAll(events.day(day));
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

    private Draft own(DemoBrand brand, DemoAuthor author, String lang, Intent intent, Draft.Moment moment, Instant at,
                      String section, double informality) {
        String text = new PostVoice(book, random, brand, lang, author.network()).write(section);
        text = Typist.type(text, lang, informality, random);
        return new Draft(addresses.social(author, at), author.network(), author, text, null, lang,
                Languages.declared(lang, author.network(), random), at, null, brand, intent, moment, null);
    }
}
