package org.comptoir.contact;

import java.util.Locale;

/**
 * One public account of a contact: the network's lower-case name and the handle, lower case without a leading {@code @}.
 *
 * @param name the display name last seen for the account (untrusted text), null when unknown
 */
public record Identity(String network, String handle, String name) {
    public Identity {
        network = normaliseNetwork(network);
        handle = normaliseHandle(handle);
        if (network.isEmpty() || handle.isEmpty()) {
            throw new IllegalArgumentException("an identity needs a network and a handle (NETWORK:HANDLE)");
        }
        if (handle.length() > 300 || network.length() > 32) {
            throw new IllegalArgumentException("a handle has at most 300 characters and a network 32");
        }
    }

    /** Parses {@code NETWORK:HANDLE} (such as {@code mastodon:alice@example.social}). */
    public static Identity parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("an author is written NETWORK:HANDLE, such as mastodon:alice@example.social");
        }
        return new Identity(text.substring(0, colon), text.substring(colon + 1), null);
    }

    static String normaliseNetwork(String network) {
        return network == null ? "" : network.strip().toLowerCase(Locale.ROOT);
    }

    static String normaliseHandle(String handle) {
        if (handle == null) {
            return "";
        }
        String h = handle.strip().toLowerCase(Locale.ROOT);
        return h.startsWith("@") ? h.substring(1) : h;
    }

    /** Whether a post's author (network name, raw handle) is this account. */
    public boolean is(String postNetwork, String postHandle) {
        return network.equals(normaliseNetwork(postNetwork)) && handle.equals(normaliseHandle(postHandle));
    }

    @Override
    public String toString() {
        return network + ":" + handle;
    }
}
