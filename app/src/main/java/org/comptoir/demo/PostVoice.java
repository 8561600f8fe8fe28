package org.comptoir.demo;

import java.util.List;
import java.util.Random;
import org.comptoir.post.Network;

/**
 * Fills the slots of one post's templates: how the author names the brand on this network, which
 * product, city and numbers the post speaks of, who a reply answers and who signs it. One instance
 * per post, so a product or a city chosen once stays the same across the post's sentences.
 *
 * <p>Slots: {@code brand name short handle tag product item city when since n hours minutes days price
 * rival emoji- emoji+ emoji? emoji close- close+ tag- tag+ open detail user agent agent-name site
 * launch launchtag crisistag}.
 */
final class PostVoice implements TemplateFiller.Slots {
    private static final List<String> NEGATIVE = List.of("😡", "🤬", "😤", "🙄", "😒", "👎", "💀", "😩", "😠", "🫠");
    private static final List<String> POSITIVE = List.of("😍", "🥰", "🤩", "👌", "💛", "🙏", "✨", "😋", "🔥", "👏");
    private static final List<String> CURIOUS = List.of("👀", "🤔", "🧐", "🙂", "😅");

    private final PhraseBook book;
    private final Random random;
    private final DemoBrand brand;
    private final String lang;
    private final Network network;
    private String detailSection;
    private String user = "";
    private String agent = "";
    private String agentName;
    private boolean launched;
    private String product;
    private String city;

    PostVoice(PhraseBook book, Random random, DemoBrand brand, String lang, Network network) {
        this.book = book;
        this.random = random;
        this.brand = brand;
        this.lang = lang;
        this.network = network;
    }

    PostVoice detail(String section) {
        this.detailSection = section;
        return this;
    }

    PostVoice replyingTo(String firstName) {
        this.user = firstName == null ? "" : firstName;
        return this;
    }

    /** The agent who signs a brand reply ({@code ^Lucie}) or is thanked in a follow-up. */
    PostVoice agent(String firstName) {
        this.agentName = firstName;
        this.agent = firstName == null ? "" : "^" + firstName;
        return this;
    }

    PostVoice launched(boolean launched) {
        this.launched = launched;
        return this;
    }

    /** A template of the section, filled. */
    String write(String section) {
        return TemplateFiller.fill(book.pick(random, section), this);
    }

    @Override
    public String value(String name) {
        return switch (name) {
            case "brand" -> mention();
            case "name" -> brand.name();
            case "short" -> brand.shortName();
            case "handle" -> orName(brand.officialHandle(network));
            case "tag" -> brand.hashtag();
            case "product" -> productLine().substring(0, productLine().indexOf('|'));
            case "item" -> productLine().substring(productLine().indexOf('|') + 1);
            case "city" -> city == null ? city = book.pick(random, lang + ".city") : city;
            case "when", "since", "close-", "close+", "tag-", "tag+" -> book.pick(random, lang + "." + name);
            case "open" -> random.nextDouble() < 0.55 ? "" : book.pick(random, lang + ".open");
            case "n" -> Integer.toString(2 + random.nextInt(8));
            case "hours" -> Integer.toString(2 + random.nextInt(5));
            case "minutes" -> Integer.toString(15 + 5 * random.nextInt(9));
            case "days" -> Integer.toString(2 + random.nextInt(20));
            case "price" -> book.pick(random, lang + ".price." + brand.sector().key());
            case "rival" -> brand.rival();
            case "emoji-" -> pick(NEGATIVE);
            case "emoji+" -> pick(POSITIVE);
            case "emoji?" -> pick(CURIOUS);
            case "emoji" -> pick(brand.sector().emoji());
            case "detail" -> book.pick(random, required(detailSection, "detail"));
            case "user" -> user;
            case "agent" -> agent;
            case "agent-name" -> agentName == null ? (lang.equals("fr") ? "l'équipe" : "team") : agentName;
            case "site" -> brand.siteUrl() + (lang.equals("fr") ? "aide" : "help");
            case "launch" -> DemoWorld.LAUNCH_PRODUCT;
            case "launchtag" -> DemoWorld.LAUNCH_TAG;
            case "crisistag" -> DemoWorld.CRISIS_TAG;
            default -> throw new IllegalStateException("unknown slot {" + name + "} in a demo template");
        };
    }

    private String mention() {
        double u = random.nextDouble();
        boolean social = network.equals(Network.X) || network.equals(Network.BLUESKY)
                || network.equals(Network.MASTODON);
        if (!social) {
            return u < 0.75 ? brand.name() : brand.shortName();
        }
        double handleShare = network.equals(Network.MASTODON) ? 0.15 : 0.30;
        if (u < handleShare) {
            return brand.officialHandle(network);
        }
        if (u < handleShare + 0.12) {
            return brand.hashtag();
        }
        return u < handleShare + 0.24 ? brand.shortName() : brand.name();
    }

    private String productLine() {
        if (product == null) {
            if (launched && random.nextDouble() < 0.3) {
                product = (lang.equals("fr") ? "le " : "the ") + DemoWorld.LAUNCH_PRODUCT + "|" + DemoWorld.LAUNCH_PRODUCT;
            } else {
                product = book.pick(random, lang + ".product." + brand.key());
            }
        }
        return product;
    }

    private String orName(String handle) {
        return handle == null ? brand.name() : handle;
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String required(String value, String slot) {
        if (value == null) {
            throw new IllegalStateException("slot {" + slot + "} used where no section was given");
        }
        return value;
    }
}
