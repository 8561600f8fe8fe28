package org.comptoir.contact;

/** A contact was created, changed or received another's identities ({@code action}: created, changed, merged). */
public record ContactSaved(String workspace, long contactId, String action) {
}
