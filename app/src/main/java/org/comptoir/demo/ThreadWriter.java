package org.comptoir.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.comptoir.post.Intent;
import org.comptoir.post.Network;

/**
 * Grows the conversations under each first post: people agreeing, joking or giving tips, advocates
 * and employees stepping in, the brand answering after a realistic delay (only when its desk is open,
 * much later during the crisis), the customer coming back, and the brand again when that went badly.
 * Every reply is on its parent's network, later than its parent and inside the window.
 */
final class ThreadWriter {
    private final WritingKit kit;
    private final Replier replier;

    ThreadWriter(WritingKit kit) {
        this.kit = kit;
        this.replier = new Replier(kit);
    }

    List<Draft> replies(List<Draft> roots, Draft trigger) {
        List<Draft> out = new ArrayList<>();
        for (Draft root : roots) {
            if (root.network.equals(Network.RSS)) {
                comments(root, out);
            } else if (root.network.equals(Network.REVIEW)) {
                brandAnswer(root, root, 30 * 60, 0.8, out);
            } else if (root.author.role() == DemoAuthor.Role.OFFICIAL) {
                underOfficialPost(root, root == trigger, out);
            } else {
                conversation(root, out);
            }
        }
        return out;
    }

    private void conversation(Draft root, List<Draft> out) {
        double mean = root.network.equals(Network.REDDIT) ? 1.4 : 0.2;
        mean += root.moment == Draft.Moment.CRISIS ? 0.5 : root.moment == Draft.Moment.LAUNCH ? 0.35 : 0;
        Long followers = root.author.author().followers();
        if (followers != null) {
            mean += Math.min(0.8, Math.max(0, Math.log10(followers) - 2.5) * 0.3);
        }
        for (int i = Weighted.poisson(kit.random(), mean); i > 0; i--) {
            replier.community(root, kit.authors().poster(root.network, root.lang), communitySection(root), 25, out);
        }
        boolean complaint = root.intent == Intent.COMPLAINT || root.intent == Intent.CHURN_RISK;
        if (root.brand != null && !root.brand.competitor() && complaint) {
            stepIn(root, kit.authors().advocates(root.brand), 0.09,
                    root.moment == Draft.Moment.CRISIS ? ".crisis.defend" : ".reply.defend", out);
            stepIn(root, kit.authors().employees(root.brand), 0.02, ".employee.reply", out);
        }
        brandAnswer(root, root, deskDelay(root), 0.9, out);
    }

    private void stepIn(Draft root, List<DemoAuthor> people, double chance, String section, List<Draft> out) {
        if (kit.random().nextDouble() >= chance) {
            return;
        }
        for (DemoAuthor person : people) {
            if (person.network().equals(root.network) && person.lang().equals(root.lang)) {
                replier.as(root, person, root.lang + section, Intent.PRAISE, 90, out);
                return;
            }
        }
    }

    /** Answers {@code parent} as the brand, maybe followed by the customer's reaction and a second answer. */
    private void brandAnswer(Draft root, Draft parent, double medianMinutes, double sigma, List<Draft> out) {
        if (root.brand == null || kit.random().nextDouble() >= answerChance(root)) {
            return;
        }
        String agent = root.brand.agents().get(kit.random().nextInt(root.brand.agents().size()));
        String section = root.network.equals(Network.RSS) ? ".brand.comment"
                : root.moment == Draft.Moment.CRISIS ? ".brand.crisis" : ".brand." + Sector.phraseKey(root.intent);
        Draft answer = replier.brand(root, parent, root.lang + section, agent, medianMinutes, sigma, out);
        boolean needsFollowUp = root.intent == Intent.COMPLAINT || root.intent == Intent.CHURN_RISK
                || root.intent == Intent.QUESTION;
        if (answer == null || !needsFollowUp || root.network.equals(Network.REVIEW)
                || kit.random().nextDouble() >= 0.4) {
            return;
        }
        boolean good = kit.random().nextDouble() < (root.moment == Draft.Moment.CRISIS ? 0.35 : 0.6);
        Draft reaction = replier.followUp(root, answer, good, agent, out);
        if (reaction != null && !good && kit.random().nextDouble() < 0.6) {
            replier.brand(root, reaction, root.lang + ".brand.followup", agent, 70, 0.8, out);
        }
    }

    private double answerChance(Draft root) {
        double p = switch (root.intent) {
            case COMPLAINT -> 0.55;
            case QUESTION -> 0.7;
            case CHURN_RISK -> 0.65;
            case PRAISE -> 0.28;
            case PURCHASE_INTENT -> 0.45;
            case OTHER -> 0.04;
        };
        if (root.moment == Draft.Moment.CRISIS) {
            p = 0.3;
        }
        if (root.network.equals(Network.REDDIT)) {
            p *= 0.2;
        }
        if (root.author.role() == DemoAuthor.Role.ADVOCATE || root.author.role() == DemoAuthor.Role.EMPLOYEE) {
            p *= 0.3;
        }
        return root.brand.competitor() ? p * 0.6 : p;
    }

    private double deskDelay(Draft root) {
        if (root.moment == Draft.Moment.CRISIS) {
            long day = Duration.between(kit.clock().start(), root.at).toDays();
            return day == DailyPlan.crisisDay() ? 320 : 120;
        }
        return switch (root.network.name()) {
            case "x" -> 35;
            case "bluesky" -> 55;
            case "mastodon" -> 80;
            default -> 200;
        };
    }

    private String communitySection(Draft root) {
        String lang = root.lang;
        if (root.moment == Draft.Moment.CRISIS) {
            return kit.random().nextDouble() < 0.55 ? lang + ".crisis.complaint" : lang + ".reply.agree";
        }
        String[] kinds = switch (root.intent) {
            case COMPLAINT, CHURN_RISK -> new String[] {"agree", "agree", "agree", "tip", "tip", "joke", "neutral"};
            case PRAISE, PURCHASE_INTENT -> new String[] {"positive", "positive", "positive", "positive", "neutral"};
            case QUESTION -> new String[] {"tip", "neutral", "neutral"};
            case OTHER -> new String[] {"neutral", "neutral", "neutral", "joke", "positive"};
        };
        return lang + ".reply." + kinds[kit.random().nextInt(kinds.length)];
    }

    private void comments(Draft article, List<Draft> out) {
        int count = Weighted.poisson(kit.random(), article.author.role() == DemoAuthor.Role.OFFICIAL ? 0.8 : 2.2);
        for (int i = 0; i < count; i++) {
            String lang = article.lang;
            String section = kit.random().nextDouble() < 0.85 ? lang + ".comment" : lang + ".reply.neutral";
            replier.community(article, kit.authors().poster(Network.RSS, lang), section, 10 * 60, out);
        }
        if (article.author.role() != DemoAuthor.Role.OFFICIAL && kit.random().nextDouble() < 0.25) {
            brandAnswer(article, article, 24 * 60, 0.7, out);
        }
    }

    private void underOfficialPost(Draft post, boolean trigger, List<Draft> out) {
        boolean x = post.network.equals(Network.X);
        int count;
        String[] sections;
        if (post.moment == Draft.Moment.CRISIS) {
            count = trigger ? 110 + kit.random().nextInt(40)
                    : x ? 25 + kit.random().nextInt(30) : 6 + kit.random().nextInt(10);
            sections = new String[] {"crisis.complaint", "crisis.complaint", "crisis.complaint", "crisis.churn",
                    "crisis.question", "crisis.defend"};
        } else if (post.moment == Draft.Moment.LAUNCH) {
            boolean teaser = Duration.between(kit.clock().start(), post.at).toDays() < DailyPlan.launchDay();
            count = teaser ? (x ? 3 + kit.random().nextInt(6) : kit.random().nextInt(3))
                    : x ? 12 + kit.random().nextInt(20) : 4 + kit.random().nextInt(8);
            sections = new String[] {"launch.question", "launch.question", "launch.purchase", "launch.praise",
                    "launch.praise", "launch.complaint"};
        } else {
            count = Weighted.poisson(kit.random(), 1.4);
            sections = new String[] {"reply.positive", "reply.positive", "reply.neutral", "reply.joke"};
        }
        for (int i = 0; i < count; i++) {
            String section = post.lang + "." + sections[kit.random().nextInt(sections.length)];
            Draft reply = replier.community(post, kit.authors().poster(post.network, post.lang), section,
                    trigger ? 90 : 40, out);
            if (reply != null && section.endsWith("question") && kit.random().nextDouble() < 0.35) {
                String agent = post.brand.agents().get(kit.random().nextInt(post.brand.agents().size()));
                String answer = post.moment == Draft.Moment.CRISIS ? ".brand.crisis" : ".brand.question";
                replier.brand(post, reply, post.lang + answer, agent, post.moment == Draft.Moment.CRISIS ? 240 : 45,
                        0.8, out);
            }
        }
    }
}
