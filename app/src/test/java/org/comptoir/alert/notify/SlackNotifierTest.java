package org.comptoir.alert.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SlackNotifierTest extends NotifierContract {
    @Override
    Notifier notifier(String url) {
        return new SlackNotifier(url);
    }

    @Test
    void postsATextMessageWithTheTitleTheEscapedSummaryAndTheLink() throws Exception {
        notifier(url()).send(notification());
        JsonNode body = JsonMapper.builder().build().readTree(received.get(0).body());
        String text = body.path("text").asString();
        assertThat(text).startsWith("*Comptoir · Grelot — volume*\n");
        assertThat(text).contains("&lt;b&gt;where 4.7&lt;/b&gt;").doesNotContain("<b>");
        assertThat(text).endsWith("</alerts/42?workspace=demo|Comptoir>");
    }
}
