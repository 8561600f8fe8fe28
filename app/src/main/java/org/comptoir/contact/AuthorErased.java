package org.comptoir.contact;

/**
 * An erasure happened: {@code records} rows and posts were removed. Deliberately carries neither the handle nor the
 * contact's name, so the audit log keeps only who erased, when, and how much.
 */
public record AuthorErased(String workspace, int authors, int records) {
}
