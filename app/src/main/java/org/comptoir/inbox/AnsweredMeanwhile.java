package org.comptoir.inbox;

/**
 * A reply refused because someone else answered the conversation after the agent last saw it (a collision): the
 * agent reads the other answer, then sends anyway (confirm) or not.
 */
public final class AnsweredMeanwhile extends RuntimeException {
    private final TimelineItem other;

    AnsweredMeanwhile(TimelineItem other) {
        super((other.author() == null ? "someone" : other.author()) + " answered at " + other.at()
                + " since you opened the conversation; send again to confirm a second answer");
        this.other = other;
    }

    /** The answer the agent had not seen. */
    public TimelineItem other() {
        return other;
    }
}
