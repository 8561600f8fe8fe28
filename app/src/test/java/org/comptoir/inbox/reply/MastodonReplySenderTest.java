package org.comptoir.inbox.reply;

import java.net.URI;
import java.net.http.HttpClient;

/** {@link MastodonReplySender} against a loopback Mastodon. */
class MastodonReplySenderTest extends ReplySenderContract {
    @Override
    FakeNetwork startNetwork() {
        return new FakeMastodon();
    }

    @Override
    ReplySender sender(HttpClient http) {
        return new MastodonReplySender(http);
    }

    @Override
    ReplyAccount account(URI base, boolean goodSecret) {
        return new ReplyAccount("mastodon", base, "@fournil", goodSecret ? FakeMastodon.TOKEN : "revoked-token");
    }

    @Override
    String answeredPost() {
        return "mastodon:" + FakeMastodon.KNOWN_STATUS;
    }
}
