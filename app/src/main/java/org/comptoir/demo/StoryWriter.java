package org.comptoir.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    private final WritingKit kit;
    private final ArticleWriter articles;
    private final EventWriter events;

    StoryWriter(WritingKit kit, ArticleWriter articles) {
        this.kit = kit;
        this.articles = articles;
        this.events = new EventWriter(kit, articles);
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
            if (!crisisDesk && kit.random().nextDouble() < (brand.competitor() ? 0.5 : 0.8)) {
                String lang = kit.random().nextDouble() < brand.englishShare() * 0.6 ? "en" : "fr";
                Network network = SOCIAL.get(Weighted.index(kit.random(), new double[] {0.6, 0.2, 0.2}));
                out.add(own(brand, kit.authors().official(brand, network, lang), lang, Intent.OTHER,
                        Draft.Moment.ORDINARY, kit.clock().during(day, lang, 7 * 60, kit.random()),
                        lang + ".official." + brand.sector().key(), 0));
            }
            if ((day + 3 * b) % 15 == 0) {
                out.add(articles.newsroom(brand, "fr", kit.clock().during(day, "fr", 8 * 60, kit.random())));
            }
            if (!brand.competitor()) {
                for (DemoAuthor employee : kit.authors().employees(brand)) {
                    if (kit.random().nextDouble() < 1 / 6.0) {
                        out.add(own(brand, employee, "fr", Intent.OTHER, Draft.Moment.ORDINARY,
                                kit.clock().during(day, "fr", 0, kit.random()),
                                "fr.employee." + brand.sector().key(), 0.5));
                    }
                }
                for (DemoAuthor advocate : kit.authors().advocates(brand)) {
                    if (kit.random().nextDouble() < 0.25) {
                        out.add(own(brand, advocate, advocate.lang(), Intent.PRAISE, Draft.Moment.ORDINARY,
                                kit.clock().during(day, advocate.lang(), 0, kit.random()),
                                advocate.lang() + ".advocate", 0.8));
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
        for (int i = Weighted.poisson(kit.random(), 2.5); i > 0; i--) {
            String lang = kit.random().nextDouble() < 0.85 ? "fr" : "en";
            DemoBrand about = kit.random().nextBoolean() ? DemoWorld.GRELOT : DemoWorld.MOUSTIQUE;
            Network network = SOCIAL.get(kit.random().nextInt(SOCIAL.size()));
            DemoAuthor author = kit.authors().poster(network, lang);
            PostVoice voice = new PostVoice(kit.book(), kit.random(), about, lang, network);
            String text = voice.write(lang + ".noise." + about.key());
            if (kit.random().nextDouble() < 0.5) {
                text = text + " " + voice.value(kit.random().nextBoolean() ? "emoji-" : "emoji+");
            }
            Instant at = kit.clock().during(day, lang, 0, kit.random());
            out.add(new Draft(kit.addresses().social(author, at), network, author,
                    Typist.type(text, lang, 0.8, kit.random()), null, lang,
                    Languages.declared(lang, network, kit.random()), at, null, null, Intent.OTHER,
                    Draft.Moment.ORDINARY, null));
        }
        return out;
    }

    private Draft own(DemoBrand brand, DemoAuthor author, String lang, Intent intent, Draft.Moment moment, Instant at,
                      String section, double informality) {
        String text = new PostVoice(kit.book(), kit.random(), brand, lang, author.network()).write(section);
        text = Typist.type(text, lang, informality, kit.random());
        return new Draft(kit.addresses().social(author, at), author.network(), author, text, null, lang,
                Languages.declared(lang, author.network(), kit.random()), at, null, brand, intent, moment, null);
    }
}
