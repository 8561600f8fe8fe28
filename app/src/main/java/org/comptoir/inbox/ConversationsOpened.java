package org.comptoir.inbox;

import java.util.List;

/** New posts opened these conversations (one event per threading batch, published once the batch is committed). */
public record ConversationsOpened(String workspace, List<Long> conversationIds) {
    public ConversationsOpened {
        conversationIds = List.copyOf(conversationIds);
    }
}
