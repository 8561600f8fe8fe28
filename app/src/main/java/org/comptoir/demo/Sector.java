package org.comptoir.demo;

import java.time.DayOfWeek;
import java.util.List;
import org.comptoir.post.Intent;

/**
 * The trade of a fictional brand: which phrase sections describe it, how its customers talk about it
 * (the share of each intent on an ordinary day) and on which days of the week they talk the most.
 */
enum Sector {
    BAKERY("bakery", new double[] {0.20, 0.12, 0.38, 0.12, 0.04, 0.14}, List.of("🥐", "🥖", "☕", "🍞"),
            new double[] {0.9, 0.95, 0.95, 1.0, 1.05, 1.35, 1.3}),
    TELECOM("telecom", new double[] {0.34, 0.20, 0.12, 0.08, 0.10, 0.16}, List.of("📱", "📶", "📡", "💻"),
            new double[] {1.1, 1.1, 1.05, 1.05, 1.0, 0.8, 0.75}),
    BIKE("bike", new double[] {0.18, 0.22, 0.28, 0.16, 0.04, 0.12}, List.of("🚲", "🔋", "🚴", "⚡"),
            new double[] {0.95, 0.9, 0.95, 0.95, 1.0, 1.25, 1.2});

    /** Intents in the order of the mixes above. */
    static final List<Intent> INTENTS = List.of(Intent.COMPLAINT, Intent.QUESTION, Intent.PRAISE,
            Intent.PURCHASE_INTENT, Intent.CHURN_RISK, Intent.OTHER);

    private final String key;
    private final double[] intentMix;
    private final List<String> emoji;
    private final double[] weekday;

    Sector(String key, double[] intentMix, List<String> emoji, double[] weekday) {
        this.key = key;
        this.intentMix = intentMix;
        this.emoji = emoji;
        this.weekday = weekday;
    }

    /** The section infix in the phrase book ({@code fr.bakery.complaint}). */
    String key() {
        return key;
    }

    double share(Intent intent) {
        return intentMix[INTENTS.indexOf(intent)];
    }

    List<String> emoji() {
        return emoji;
    }

    double weekdayFactor(DayOfWeek day) {
        return weekday[day.getValue() - 1];
    }

    /** The phrase-book name of an intent ({@code purchase} for {@link Intent#PURCHASE_INTENT}). */
    static String phraseKey(Intent intent) {
        return switch (intent) {
            case COMPLAINT -> "complaint";
            case QUESTION -> "question";
            case PRAISE -> "praise";
            case PURCHASE_INTENT -> "purchase";
            case CHURN_RISK -> "churn";
            case OTHER -> "other";
        };
    }
}
