package org.comptoir.inbox.reply;

import java.net.URI;

/**
 * The account a workspace answers from on a network: a Mastodon instance and access token, or a Bluesky PDS,
 * handle and app password. The secret is opened from its sealed form only to send; {@link #toString()} hides it.
 */
public record ReplyAccount(String network, URI baseUrl, String handle, String secret) {
    @Override
    public String toString() {
        return "ReplyAccount[" + network + " " + baseUrl + " " + handle + "]";
    }
}
