package org.comptoir.alert;

import java.util.ArrayList;
import java.util.List;
import org.comptoir.topic.Topic;
import org.comptoir.topic.TopicKind;

/**
 * The rules a workspace gets when it states none (docs/alerts.md): a volume spike on each topic, and a
 * negative-sentiment spike on each brand topic, all with the default sensitivity, minimum volume and cooldown.
 */
final class DefaultRules {
    private DefaultRules() {
    }

    static List<AlertRule> of(String workspace, List<Topic> topics) {
        List<AlertRule> rules = new ArrayList<>();
        long id = -1;
        for (Topic topic : topics) {
            rules.add(new AlertRule(id--, workspace, topic.name() + " — volume", AlertKind.VOLUME_SPIKE, topic.name(), null,
                    AlertRule.DEFAULT_SENSITIVITY, AlertRule.DEFAULT_MIN_VOLUME, AlertRule.DEFAULT_COOLDOWN_HOURS, List.of(), true));
        }
        for (Topic topic : topics) {
            if (topic.kind() == TopicKind.BRAND) {
                rules.add(new AlertRule(id--, workspace, topic.name() + " — négatif", AlertKind.NEGATIVE_SPIKE, topic.name(), null,
                        AlertRule.DEFAULT_SENSITIVITY, AlertRule.DEFAULT_MIN_VOLUME / 2, AlertRule.DEFAULT_COOLDOWN_HOURS, List.of(), true));
            }
        }
        return rules;
    }
}
