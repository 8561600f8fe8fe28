package org.comptoir.demo;

import java.util.List;
import org.comptoir.topic.TopicKind;
import org.comptoir.post.Network;

/**
 * The fictional world of the demo workspace: three brands, two competitors, one crisis, one launch,
 * and the topics a community manager would have saved to follow them. Every name here is invented
 * and hosts live under the reserved {@code .example} domain.
 */
final class DemoWorld {
    static final String FICTIONAL = "Données fictives de démonstration / fictional demo data.";

    static final DemoBrand DUPAIN = new DemoBrand("dupain", "Fournil Dupain", "Dupain", "FournilDupain",
            "fournil-dupain.example", Sector.BAKERY, false, "Levain Vagabond", 48, 0.29, 48_300,
            List.of("Lucie", "Bastien", "Amandine"));
    static final DemoBrand GRELOT = new DemoBrand("grelot", "Grelot Mobile", "Grelot", "GrelotMobile",
            "grelot-mobile.example", Sector.TELECOM, false, "Moustique Mobile", 50, 0.29, 212_000,
            List.of("Karim", "Sandrine", "Yanis", "Océane"));
    static final DemoBrand PEDALUNE = new DemoBrand("pedalune", "Pédalune", "Pédalune", "Pedalune",
            "pedalune.example", Sector.BIKE, false, "Biclounette", 22, 0.52, 36_800,
            List.of("Inès", "Marius"));
    static final DemoBrand LEVAIN = new DemoBrand("levain", "Levain Vagabond", "Vagabond", "LevainVagabond",
            "levain-vagabond.example", Sector.BAKERY, true, "Fournil Dupain", 12, 0.22, 12_400,
            List.of("Maëlle"));
    static final DemoBrand MOUSTIQUE = new DemoBrand("moustique", "Moustique Mobile", "Moustique",
            "MoustiqueMobile", "moustique-mobile.example", Sector.TELECOM, true, "Grelot Mobile", 15, 0.22,
            95_700, List.of("Jordan", "Aïcha"));

    static final List<DemoBrand> BRANDS = List.of(DUPAIN, GRELOT, PEDALUNE, LEVAIN, MOUSTIQUE);

    /** The crisis hits {@link #GRELOT} on the day this many days before the last day, and the next. */
    static final int CRISIS_DAYS_BEFORE_END = 12;
    static final String CRISIS_TAG = "#BoycottGrelot";
    /** {@link #PEDALUNE} launches its new bike on the day this many days before the last day. */
    static final int LAUNCH_DAYS_BEFORE_END = 40;
    static final String LAUNCH_TAG = "#PedaluneComete";
    static final String LAUNCH_PRODUCT = "Comète";

    /** Networks a root post can appear on, with their share of the conversation. */
    static final List<Network> NETWORKS = List.of(Network.X, Network.MASTODON, Network.BLUESKY, Network.REDDIT,
            Network.REVIEW, Network.RSS);
    static final double[] NETWORK_SHARES = {0.385, 0.18, 0.16, 0.11, 0.145, 0.02};

    private DemoWorld() {
    }

    static DemoBrand brand(String key) {
        return BRANDS.stream().filter(b -> b.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo brand " + key));
    }

    /** The saved topics of the demo workspace, written in Comptoir's query dialect. */
    static List<DemoTopic> topics() {
        return List.of(
                new DemoTopic("Fournil Dupain",
                        "<<< Marque : boulangeries Fournil Dupain (fictif) >>> \"Fournil Dupain\" OR #FournilDupain"
                                + " OR @FournilDupain OR site:fournil-dupain.example"
                                + " OR (dupain NEAR/5 baguette*) OR (dupain NEAR/5 tartin*)",
                        "Notre marque : une chaîne de boulangeries. " + FICTIONAL, TopicKind.BRAND, true),
                new DemoTopic("Grelot Mobile",
                        "<<< Marque : opérateur Grelot Mobile (fictif) >>> (\"Grelot Mobile\" OR @GrelotMobile"
                                + " OR #GrelotMobile OR #BoycottGrelot OR #GrelotEnPanne OR site:grelot-mobile.example"
                                + " OR (grelot NEAR/5 (forfait OR réseau OR SAV OR box)))"
                                + " AND NOT (\"grelot de Noël\" OR \"grelots de Noël\" OR \"grelot du chat\")",
                        "Notre marque : un opérateur mobile et fibre. Crise #BoycottGrelot il y a 12 jours. "
                                + FICTIONAL, TopicKind.BRAND, true),
                new DemoTopic("Pédalune",
                        "<<< Marque : vélos électriques Pédalune (fictif) >>> pedalune OR @Pedalune OR #Pedalune"
                                + " OR #PedaluneComete OR author:@Pedalune OR site:pedalune.example"
                                + " OR (comète NEAR/5 vélo*)",
                        "Notre marque : des vélos électriques. Lancement du Comète il y a 40 jours. " + FICTIONAL, TopicKind.BRAND, true),
                new DemoTopic("Levain Vagabond (concurrent)",
                        "<<< Concurrent de Fournil Dupain (fictif) >>> \"Levain Vagabond\" OR #LevainVagabond"
                                + " OR @LevainVagabond OR site:levain-vagabond.example",
                        "Concurrent de Fournil Dupain : une autre chaîne de boulangeries. " + FICTIONAL, TopicKind.COMPETITOR, false),
                new DemoTopic("Moustique Mobile (concurrent)",
                        "<<< Concurrent de Grelot Mobile, conversations en français seulement (fictif) >>>"
                                + " (\"Moustique Mobile\" OR @MoustiqueMobile OR #MoustiqueMobile"
                                + " OR (moustique NEAR/5 (forfait* OR réseau OR 5G)))"
                                + " AND NOT (piqûre* OR piqure* OR \"anti-moustique\") AND lang:fr",
                        "Concurrent de Grelot Mobile : un autre opérateur. " + FICTIONAL, TopicKind.COMPETITOR, false),
                new DemoTopic("Grelot Mobile : veille de crise",
                        "<<< Les hashtags de la crise, sur les réseaux sociaux seulement >>> (#BoycottGrelot"
                                + " OR #GrelotEnPanne OR (grelot NEAR/5 (panne OR boycott* OR résili*)))"
                                + " AND (network:x OR network:mastodon OR network:bluesky)",
                        "Suivi de la crise #BoycottGrelot (panne réseau et message maladroit). " + FICTIONAL, TopicKind.OTHER, true));
    }
}
