package org.comptoir.demo;

import java.time.Instant;
import java.util.List;
import org.comptoir.post.Intent;
import org.comptoir.post.Network;

/**
 * Writes one reply: picks its time after the parent, its address on the parent's network (a tweet,
 * a Reddit or blog comment, a review's answer), mentions the parent's handle where the network does,
 * and refuses to write anything that would fall outside the window.
 */
final class Replier {
    private final WritingKit kit;

    Replier(WritingKit kit) {
        this.kit = kit;
    }

    /** A member of the public answers; the intent follows from the section. */
    Draft community(Draft parent, DemoAuthor author, String section, double medianMinutes, List<Draft> out) {
        return as(parent, author, section, intentOf(section), medianMinutes, out);
    }

    Draft as(Draft parent, DemoAuthor author, String section, Intent intent, double medianMinutes, List<Draft> out) {
        String text = dress(voice(parent, parent.lang, null), parent.lang, section, intent);
        Instant at = Clock.after(parent.at, medianMinutes, 1.1, kit.random());
        double informality = switch (parent.network.name()) {
            case "rss" -> 0.3;
            case "mastodon" -> 0.6;
            case "reddit" -> 0.7;
            default -> 1.0;
        };
        return write(parent, author, Typist.type(text, parent.lang, informality, kit.random()), at, intent,
                Languages.declared(parent.lang, parent.network, kit.random()), out);
    }

    /** The brand's official account answers {@code parent}, signed by {@code agent}, when its desk is open. */
    Draft brand(Draft root, Draft parent, String section, String agent, double medianMinutes, double sigma,
                List<Draft> out) {
        DemoAuthor official = kit.authors().official(root.brand, parent.network, parent.lang);
        String text = voice(parent, parent.lang, agent).write(section);
        Instant at = Clock.whenDeskOpen(Clock.after(parent.at, medianMinutes, sigma, kit.random()), kit.random());
        return write(parent, official, text, at, Intent.OTHER, parent.lang, out);
    }

    /** The customer comes back under the brand's answer, satisfied or not. */
    Draft followUp(Draft root, Draft answer, boolean good, String agent, List<Draft> out) {
        String text = voice(answer, root.lang, agent).write(root.lang + (good ? ".followup.good" : ".followup.bad"));
        Instant at = Clock.after(answer.at, 45, 1.0, kit.random());
        return write(answer, root.author, Typist.type(text, root.lang, 0.8, kit.random()), at,
                good ? Intent.PRAISE : Intent.COMPLAINT, Languages.declared(root.lang, root.network, kit.random()),
                out);
    }

    /**
     * Dresses a reply line the way people do: sometimes a word before, a few words or an emoji after,
     * or for a blog comment a second sentence.
     */
    private String dress(PostVoice voice, String lang, String section, Intent intent) {
        StringBuilder text = new StringBuilder(voice.write(section));
        if (section.endsWith(".comment")) {
            String second = voice.write(section);
            if (kit.random().nextDouble() < 0.45 && !second.contentEquals(text)) {
                text.append(' ').append(second);
            }
            return text.toString();
        }
        if (kit.random().nextDouble() < 0.3) {
            text.insert(0, voice.write(lang + ".reply.lead") + (kit.random().nextBoolean() ? " " : ", "));
        }
        if (kit.random().nextDouble() < 0.3) {
            text.append(kit.random().nextBoolean() ? ", " : ". ").append(voice.write(lang + ".reply.tail"));
        }
        if (kit.random().nextDouble() < 0.3) {
            boolean negative = intent == Intent.COMPLAINT || intent == Intent.CHURN_RISK;
            text.append(' ').append(voice.value(negative ? "emoji-" : intent == Intent.QUESTION ? "emoji?" : "emoji+"));
        }
        return text.toString();
    }

    private PostVoice voice(Draft parent, String lang, String agent) {
        DemoBrand brand = parent.brand == null ? DemoWorld.GRELOT : parent.brand;
        return new PostVoice(kit.book(), kit.random(), brand, lang, parent.network)
                .replyingTo(parent.author.firstName()).agent(agent)
                .launched(parent.moment == Draft.Moment.LAUNCH);
    }

    private Draft write(Draft parent, DemoAuthor author, String text, Instant at, Intent intent, String declared,
                        List<Draft> out) {
        if (!at.isAfter(parent.at) || !kit.clock().contains(at)) {
            return null;
        }
        Network network = parent.network;
        Draft root = parent.root();
        Addresses.Address address = switch (network.name()) {
            case "reddit" -> kit.addresses().redditComment(root.url);
            case "rss" -> kit.addresses().comment(root.url);
            case "review" -> kit.addresses().reviewResponse(parent.id, parent.url);
            default -> kit.addresses().social(author, at);
        };
        String body = text;
        boolean mentions = network.equals(Network.X) || network.equals(Network.MASTODON);
        String parentHandle = parent.author.author().handle();
        if (mentions && parentHandle != null && parent.author != author) {
            body = parentHandle + " " + text;
        }
        Draft reply = new Draft(address, network, author, body, null, parent.lang, declared, at, parent,
                parent.brand, intent, parent.moment, null);
        out.add(reply);
        return reply;
    }

    static Intent intentOf(String section) {
        if (section.endsWith("complaint") || section.endsWith("agree") || section.endsWith("bad")) {
            return Intent.COMPLAINT;
        }
        if (section.endsWith("churn")) {
            return Intent.CHURN_RISK;
        }
        if (section.endsWith("question")) {
            return Intent.QUESTION;
        }
        if (section.endsWith("purchase")) {
            return Intent.PURCHASE_INTENT;
        }
        if (section.endsWith("positive") || section.endsWith("praise") || section.endsWith("defend")
                || section.endsWith("good")) {
            return Intent.PRAISE;
        }
        return Intent.OTHER;
    }
}
