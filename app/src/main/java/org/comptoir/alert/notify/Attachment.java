package org.comptoir.alert.notify;

/** A file attached to a mail (a report's PDF). */
public record Attachment(String fileName, String contentType, byte[] bytes) {
}
