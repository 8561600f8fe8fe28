package org.comptoir.demo;

import java.time.Instant;
import org.comptoir.post.Intent;
import org.comptoir.post.Metrics;
import org.comptoir.post.Network;
import org.comptoir.post.Post;

/**
 * A post while it is being written: what the generator knows about it (its brand, intent, true
 * language, whether it belongs to the crisis or the launch) and counters filled once the threads are
 * complete. Frozen into a {@link Post} at the end.
 */
final class Draft {
    /** Which story a post belongs to. */
    enum Moment { ORDINARY, CRISIS, LAUNCH }

    final String id;
    final Network network;
    final String url;
    final DemoAuthor author;
    final String text;
    final String title;
    final String lang;
    final String declaredLang;
    final Instant at;
    final Draft parent;
    final DemoBrand brand;
    final Intent intent;
    final Moment moment;
    final String raw;
    int children;
    long likes;
    long reposts;
    long replies;

    Draft(Addresses.Address address, Network network, DemoAuthor author, String text, String title, String lang,
          String declaredLang, Instant at, Draft parent, DemoBrand brand, Intent intent, Moment moment, String raw) {
        this.id = address.id();
        this.url = address.url();
        this.network = network;
        this.author = author;
        this.text = text;
        this.title = title;
        this.lang = lang;
        this.declaredLang = declaredLang;
        this.at = at;
        this.parent = parent;
        this.brand = brand;
        this.intent = intent;
        this.moment = moment;
        this.raw = raw;
        if (parent != null) {
            parent.children++;
        }
    }

    boolean isRoot() {
        return parent == null;
    }

    Draft root() {
        Draft d = this;
        while (d.parent != null) {
            d = d.parent;
        }
        return d;
    }

    Post toPost() {
        return new Post(id, network, url, author.author(), text, title, declaredLang, at,
                parent == null ? null : parent.id, new Metrics(likes, reposts, replies), raw, null);
    }

    LabelledPost labelled() {
        return new LabelledPost(toPost(), brand == null ? null : brand.key(), intent, lang, author.role(), moment);
    }
}
