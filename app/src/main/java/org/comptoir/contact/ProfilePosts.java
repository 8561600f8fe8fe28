package org.comptoir.contact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.comptoir.analytics.PyramidLevel;
import org.comptoir.query.QueryField;
import org.comptoir.query.QueryNode;
import org.comptoir.store.AuthorActivity;
import org.comptoir.store.PostIndex;
import org.comptoir.store.PostQuery;
import org.comptoir.store.StoredPost;

/**
 * A contact's posts in the index, searched by their identities ({@code network:X author:handle} for each); the
 * {@code author:} field also holds a fediverse handle's local part, so exact reads filter on the full handle.
 */
final class ProfilePosts {
    private ProfilePosts() {
    }

    static PostQuery query(List<Identity> identities, int limit) {
        List<QueryNode> accounts = identities.stream().<QueryNode>map(i -> new QueryNode.And(List.of(
                new QueryNode.Field(QueryField.NETWORK, new QueryNode.Term(i.network())),
                new QueryNode.Field(QueryField.AUTHOR, new QueryNode.Term(i.handle()))))).toList();
        return PostQuery.of(new QueryNode.Or(accounts)).withLimit(limit);
    }

    static long count(PostIndex index, List<Identity> identities) {
        return identities.isEmpty() ? 0 : all(index, identities).size();
    }

    /** Every post by these accounts, newest first. */
    static List<StoredPost> all(PostIndex index, List<Identity> identities) {
        List<StoredPost> posts = new ArrayList<>();
        if (!identities.isEmpty()) {
            index.forEach(query(identities, 1), p -> {
                if (identities.stream().anyMatch(i -> i.is(p.post().network().name(), handleOf(p)))) {
                    synchronized (posts) {
                        posts.add(p);
                    }
                }
            });
        }
        posts.sort(Comparator.comparing((StoredPost p) -> p.post().createdAt()).reversed());
        return posts;
    }

    static List<StoredPost> latest(PostIndex index, List<Identity> identities, int n) {
        List<StoredPost> all = all(index, identities);
        return all.subList(0, Math.min(n, all.size()));
    }

    static PyramidLevel level(PostIndex index, List<Identity> identities) {
        if (identities.isEmpty()) {
            return null;
        }
        return index.authors(query(identities, 1)).stream().map(PyramidLevel::of).max(Comparator.naturalOrder()).orElse(null);
    }

    /** The display name of the account's latest post, null when it has none. */
    static String displayName(PostIndex index, Identity identity) {
        return latest(index, List.of(identity), 1).stream().map(p -> p.post().author().name()).filter(n -> n != null && !n.isBlank())
                .findFirst().orElse(null);
    }

    static String handleOf(StoredPost p) {
        return p.post().author().handle() != null ? p.post().author().handle() : p.post().author().id();
    }

    /**
     * Display names shared by several accounts (posts carry no profile URL or e-mail here, so the name is the clue),
     * leaving out groups a single contact already holds; the largest groups first.
     */
    static List<Contacts.Suggestion> suggestions(PostIndex index, List<Contact> contacts, int limit) {
        Map<String, Long> owner = new java.util.HashMap<>();
        contacts.forEach(c -> c.identities().forEach(i -> owner.put(i.toString(), c.id())));
        Map<String, Map<String, Identity>> byName = new LinkedHashMap<>();
        for (AuthorActivity a : index.authors(PostQuery.all())) {
            index.get(a.latestPostId()).ifPresent(p -> {
                String name = p.post().author().name();
                String handle = handleOf(p);
                if (name != null && !name.isBlank() && handle != null && !handle.isBlank()) {
                    String key = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                    Identity i = new Identity(p.post().network().name(), handle, name.strip());
                    byName.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(i.toString(), i);
                }
            });
        }
        return byName.values().stream().filter(g -> g.size() > 1)
                .filter(g -> g.keySet().stream().map(owner::get).distinct().count() > 1 || !owner.containsKey(g.keySet().iterator().next()))
                .sorted(Comparator.comparing((Map<String, Identity> g) -> -g.size()))
                .limit(Math.max(1, limit))
                .map(g -> new Contacts.Suggestion(g.values().iterator().next().name(), List.copyOf(g.values()))).toList();
    }
}
