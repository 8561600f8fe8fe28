package org.comptoir.inbox;

import java.util.List;

/**
 * A reply held back because someone else is typing a reply in the same conversation right now (the live presence):
 * the agent sees who, then sends anyway (confirm) or waits for their answer.
 */
public final class TypingMeanwhile extends RuntimeException {
    private final List<String> users;

    TypingMeanwhile(List<String> users) {
        super(String.join(", ", users) + (users.size() == 1 ? " is" : " are")
                + " typing a reply in this conversation right now; send again to confirm a second answer");
        this.users = List.copyOf(users);
    }

    /** Who is typing. */
    public List<String> users() {
        return users;
    }
}
