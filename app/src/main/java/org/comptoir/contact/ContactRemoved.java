package org.comptoir.contact;

/** A contact was deleted (its identities' posts stay; see {@link AuthorErased} for an erasure). */
public record ContactRemoved(String workspace, long contactId) {
}
