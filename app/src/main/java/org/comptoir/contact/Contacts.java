package org.comptoir.contact;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.comptoir.analytics.PyramidLevel;
import org.comptoir.events.Events;
import org.comptoir.inbox.AuthorConversations;
import org.comptoir.pipeline.Pipelines;
import org.comptoir.store.PostIndex;

/**
 * The contacts of a workspace: list, create from authors, change, delete, merge by hand, suggest (same display name on
 * several accounts), and a contact's profile (posts, conversations, pyramid level, flags) and export.
 */
public final class Contacts {
    private final ContactRepository contacts;
    private final Pipelines pipelines;
    private final AuthorConversations conversations;
    private final java.util.function.Function<String, Set<String>> employees;
    private final Events events;
    private final Clock clock;

    public Contacts(ContactRepository contacts, Pipelines pipelines, AuthorConversations conversations,
                    java.util.function.Function<String, Set<String>> employees, Events events, Clock clock) {
        this.contacts = contacts;
        this.pipelines = pipelines;
        this.conversations = conversations;
        this.employees = employees;
        this.events = events;
        this.clock = clock;
    }

    /** What a contact's page and export show besides the contact itself. */
    public record Profile(Contact contact, long postCount, List<org.comptoir.store.StoredPost> latestPosts,
                          List<AuthorConversations.Summary> conversations, PyramidLevel level, boolean employee, boolean advocate) {
    }

    /** Accounts sharing a display name that no single contact holds yet. */
    public record Suggestion(String name, List<Identity> identities) {
    }

    public List<Contact> list(String workspace) {
        return contacts.list(workspace);
    }

    public Contact get(String workspace, long id) {
        return contacts.find(workspace, id).orElseThrow(() -> new NoSuchElementException("no contact " + id));
    }

    /** The contact holding this account, if any. */
    public java.util.Optional<Long> holding(String workspace, Identity account) {
        return contacts.owner(workspace, account);
    }

    /** The tags of the contact holding this author's account (network name, raw handle), none when no contact holds it. */
    public List<String> tagsOf(String workspace, String network, String handle) {
        if (network == null || handle == null || handle.isBlank()) {
            return List.of();
        }
        return contacts.owner(workspace, new Identity(network, handle, null)).flatMap(id -> contacts.find(workspace, id))
                .map(Contact::tags).orElse(List.of());
    }

    /** Creates a contact holding these accounts (taken from any contact that held them); a blank name takes an account's display name. */
    public Contact create(String workspace, String name, String notes, List<String> tags, List<Identity> identities) {
        if (identities.isEmpty() && (name == null || name.isBlank())) {
            throw new IllegalArgumentException("a contact needs a name or at least one identity (NETWORK:HANDLE)");
        }
        List<Identity> named = identities.stream().map(i -> i.name() != null ? i : new Identity(i.network(), i.handle(),
                ProfilePosts.displayName(index(workspace), i))).toList();
        String chosen = name != null && !name.isBlank() ? name.strip()
                : named.stream().map(i -> i.name() != null ? i.name() : i.handle()).findFirst().orElseThrow();
        long id = contacts.insert(workspace, limit(chosen, 300), notes == null ? "" : limit(notes, 20_000), clean(tags), clock.instant());
        named.forEach(i -> contacts.attach(workspace, id, i));
        events.publish(new ContactSaved(workspace, id, "created"));
        return get(workspace, id);
    }

    /** Changes name, notes, tags (null: unchanged) and adds accounts. */
    public Contact update(String workspace, long id, String name, String notes, List<String> tags, List<Identity> add) {
        Contact c = get(workspace, id);
        contacts.update(workspace, id, name == null || name.isBlank() ? c.name() : limit(name.strip(), 300),
                notes == null ? c.notes() : limit(notes, 20_000), tags == null ? c.tags() : clean(tags), clock.instant());
        for (Identity i : add == null ? List.<Identity>of() : add) {
            contacts.attach(workspace, id, i.name() != null ? i : new Identity(i.network(), i.handle(),
                    ProfilePosts.displayName(index(workspace), i)));
        }
        events.publish(new ContactSaved(workspace, id, "changed"));
        return get(workspace, id);
    }

    public void delete(String workspace, long id) {
        if (!contacts.delete(workspace, id)) {
            throw new NoSuchElementException("no contact " + id);
        }
        events.publish(new ContactRemoved(workspace, id));
    }

    /** Moves {@code other}'s identities, tags and notes into {@code id} and deletes {@code other}. */
    public Contact merge(String workspace, long id, long other) {
        if (id == other) {
            throw new IllegalArgumentException("a contact cannot be merged with itself");
        }
        Contact into = get(workspace, id);
        Contact from = get(workspace, other);
        Set<String> tags = new LinkedHashSet<>(into.tags());
        tags.addAll(from.tags());
        String notes = from.notes().isBlank() ? into.notes() : into.notes().isBlank() ? from.notes() : into.notes() + "\n\n" + from.notes();
        contacts.moveIdentities(workspace, other, id);
        contacts.update(workspace, id, into.name(), limit(notes, 20_000), List.copyOf(tags), clock.instant());
        contacts.delete(workspace, other);
        events.publish(new ContactSaved(workspace, id, "merged"));
        return get(workspace, id);
    }

    public List<Suggestion> suggestions(String workspace, int limit) {
        return ProfilePosts.suggestions(index(workspace), contacts.list(workspace), limit);
    }

    public Profile profile(String workspace, long id) {
        Contact c = get(workspace, id);
        PostIndex index = index(workspace);
        List<AuthorConversations.Summary> opened = new ArrayList<>();
        c.identities().forEach(i -> opened.addAll(conversations.opened(workspace, i.network(), i.handle())));
        opened.sort(java.util.Comparator.comparing(AuthorConversations.Summary::lastMessageAt).reversed());
        PyramidLevel level = ProfilePosts.level(index, c.identities());
        Set<String> staff = employees.apply(workspace);
        boolean employee = c.identities().stream().anyMatch(i -> staff.contains(i.handle()));
        return new Profile(c, ProfilePosts.count(index, c.identities()), ProfilePosts.latest(index, c.identities(), 50), opened,
                level, employee, level == PyramidLevel.ADVOCATE && !employee);
    }

    /** Everything about the contact, as the GDPR export (JSON) shows it. */
    public java.util.Map<String, Object> export(String workspace, long id) {
        Profile p = profile(workspace, id);
        List<java.util.Map<String, Object>> messages = new ArrayList<>();
        p.contact().identities().forEach(i -> messages.addAll(conversations.messages(workspace, i.network(), i.handle())));
        return ContactViews.export(p, ProfilePosts.all(index(workspace), p.contact().identities()), messages, clock.instant());
    }

    PostIndex index(String workspace) {
        return pipelines.get(workspace).index();
    }

    private static List<String> clean(List<String> tags) {
        return tags == null ? List.of() : tags.stream().map(t -> t.replace(",", " ").strip()).filter(t -> !t.isEmpty())
                .map(t -> limit(t, 60)).distinct().toList();
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
