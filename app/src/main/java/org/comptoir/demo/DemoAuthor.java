package org.comptoir.demo;

import org.comptoir.post.Author;
import org.comptoir.post.Network;

/**
 * A fictional author of the demo, with what the generator knows and a network does not say.
 *
 * @param author    the public account as a network would show it
 * @param role      why this author speaks
 * @param lang      the language they write in
 * @param network   where the account lives
 * @param brand     the brand they work for, defend or are, for employees, advocates and official accounts
 * @param firstName how a brand addresses them in a reply, empty for pseudonymous accounts
 */
record DemoAuthor(Author author, Role role, String lang, Network network, DemoBrand brand, String firstName) {

    enum Role {
        /** Writes once in the whole dataset. */
        ONE_OFF,
        /** Comes back: a heavy-tailed share of the conversation. */
        REGULAR,
        /** Defends a brand again and again. */
        ADVOCATE,
        /** Works for a brand and says so in their name and handle. */
        EMPLOYEE,
        /** The brand's own account. */
        OFFICIAL,
        /** Writes a blog read through RSS. */
        BLOGGER
    }
}
