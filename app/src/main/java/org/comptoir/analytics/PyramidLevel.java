package org.comptoir.analytics;

import java.util.Locale;
import org.comptoir.store.AuthorActivity;
import org.comptoir.store.AuthorTable;

/**
 * The engagement pyramid's levels, bottom to top, with the rule that puts an author in each
 * (docs/metrics.md); an author sits at the highest level whose rule they meet.
 */
public enum PyramidLevel {
    /** Everyone else: one post, or several in a single week without taking part in a thread. */
    AUDIENCE,
    /** Posted in at least two different weeks of the period. */
    PARTICIPANT,
    /** Took part in threads: at least one reply (to the brand or to others about the topic). */
    CONVERSANT,
    /** A conversant who is mostly positive (more positive than negative posts) and defended: at least one reply that is not negative to a post that is. */
    ADVOCATE;

    /** The level of one author's activity (contacts show it per person). */
    public static PyramidLevel of(AuthorActivity a) {
        return of(a.replies(), a.defences(), a.sentiment().positive(), a.sentiment().negative(), a.weeks());
    }

    static PyramidLevel of(AuthorTable t, int selection, int row) {
        return of(t.replies(selection, row), t.defences(selection, row), t.positive(selection, row), t.negative(selection, row),
                t.weeks(selection, row));
    }

    static PyramidLevel of(long replies, long defences, long positive, long negative, int weeks) {
        if (replies > 0 && defences > 0 && positive > negative) {
            return ADVOCATE;
        }
        if (replies > 0) {
            return CONVERSANT;
        }
        return weeks >= 2 ? PARTICIPANT : AUDIENCE;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
