package org.comptoir.alert.notify;

import java.net.URI;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts to a Slack-compatible incoming webhook (Slack, Mattermost, Rocket.Chat): {@code {"text": …}} with the
 * title, the summary and the link. The webhook URL is itself the secret, so it is sealed at rest.
 */
public final class SlackNotifier implements Notifier {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final URI url;

    public SlackNotifier(String url) {
        this.url = HttpPoster.checkedUrl(url);
    }

    @Override
    public String send(Notification n) throws DeliveryFailed {
        String text = "*" + escape(n.title()) + "*\n" + escape(n.summary()) + (n.link() == null ? "" : "\n<" + n.link() + "|Comptoir>");
        return HttpPoster.post(url, JSON.writeValueAsString(Map.of("text", text)), Map.of());
    }

    /** Slack's three control characters in message text. */
    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
