/**
 * Contacts: a person in the CRM ({@link org.comptoir.contact.Contact}) with 1–n
 * {@link org.comptoir.contact.Identity identities} (network, handle) — never an author, which is one public account.
 * Contacts are created from authors, merged by hand or suggested (same display name across networks); a contact's
 * profile gathers their posts (searched by their identities), their conversations, notes, tags, pyramid level and the
 * flags employee and advocate.
 *
 * <p>GDPR: {@link org.comptoir.contact.Contacts#export} returns everything about a contact, and
 * {@link org.comptoir.contact.Erasure} erases an author (or every identity of a contact) everywhere: the post index,
 * conversations and their replies, contacts, the employees list and the quarantine's raw bytes.
 *
 * <p>Public types: {@link org.comptoir.contact.Contacts} (the use cases), {@link org.comptoir.contact.Erasure},
 * {@link org.comptoir.contact.ContactViews} (the JSON shape of API and CLI). API {@code /api/v1/contacts},
 * {@code /api/v1/gdpr/erase}.
 *
 * <p>Publishes {@link org.comptoir.contact.ContactSaved}, {@link org.comptoir.contact.ContactRemoved} and
 * {@link org.comptoir.contact.AuthorErased} (which carries no handle: the audit log records only that an erasure happened).
 */
package org.comptoir.contact;
