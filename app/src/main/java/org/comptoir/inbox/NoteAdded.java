package org.comptoir.inbox;

/** An internal note was added to a conversation (the note's text is not carried: the audit keeps only that it happened). */
public record NoteAdded(String workspace, long conversationId, String author) {
}
