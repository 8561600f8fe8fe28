package org.comptoir.contact;

import java.util.List;
import org.comptoir.analytics.Employees;
import org.comptoir.events.Events;
import org.comptoir.inbox.AuthorConversations;
import org.comptoir.ingest.QuarantineRepository;
import org.comptoir.pipeline.Pipelines;
import org.comptoir.store.PostIndex;
import org.comptoir.store.StoredPost;

/**
 * GDPR erasure of an author (one account) or of a contact (each of its accounts) in one workspace, everywhere the
 * workspace keeps them: every post by them in the index (committed), the conversations they opened with their
 * timeline and reply queue, their messages in other conversations, their contact identity (and the contact when
 * none remains), the employees list, and quarantined records whose raw bytes name them. Publishes
 * {@link AuthorErased}, which carries only counts.
 */
public final class Erasure {
    private final Pipelines pipelines;
    private final ContactRepository contacts;
    private final AuthorConversations conversations;
    private final Employees employees;
    private final QuarantineRepository quarantine;
    private final Events events;

    public Erasure(Pipelines pipelines, ContactRepository contacts, AuthorConversations conversations, Employees employees,
                   QuarantineRepository quarantine, Events events) {
        this.pipelines = pipelines;
        this.contacts = contacts;
        this.conversations = conversations;
        this.employees = employees;
        this.quarantine = quarantine;
        this.events = events;
    }

    /** What was removed. */
    public record Report(int authors, int posts, int rows) {
        public int records() {
            return posts + rows;
        }
    }

    public Report eraseAuthor(String workspace, Identity author) {
        return erase(workspace, List.of(author));
    }

    /** Erases every account of the contact, then the contact itself. */
    public Report eraseContact(String workspace, long id) {
        Contact c = contacts.find(workspace, id).orElseThrow(() -> new java.util.NoSuchElementException("no contact " + id));
        Report report = erase(workspace, c.identities());
        int extra = contacts.delete(workspace, id) ? 1 : 0;
        return new Report(report.authors(), report.posts(), report.rows() + extra);
    }

    private Report erase(String workspace, List<Identity> accounts) {
        PostIndex index = pipelines.get(workspace).index();
        int posts = 0;
        int rows = 0;
        for (Identity account : accounts) {
            List<String> ids = ProfilePosts.all(index, List.of(account)).stream().map(StoredPost::post).map(p -> p.id()).toList();
            index.delete(ids);
            posts += ids.size();
            rows += conversations.erase(workspace, account.network(), account.handle());
            rows += contacts.erase(workspace, account);
            rows += employees.remove(workspace, account.handle()) ? 1 : 0;
            rows += quarantine.eraseContaining(workspace, account.handle());
        }
        index.commit();
        Report report = new Report(accounts.size(), posts, rows);
        events.publish(new AuthorErased(workspace, report.authors(), report.records()));
        return report;
    }
}
