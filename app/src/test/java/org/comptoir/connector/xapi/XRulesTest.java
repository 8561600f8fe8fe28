package org.comptoir.connector.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XRulesTest {

    private static XRules.Derived derive(String query) {
        return XRules.derive("t", query, 512);
    }

    @Test
    void wordsPhrasesTagsHandlesAndBooleansTranslate() {
        assertThat(derive("(panne OR retard) AND sncf -grève").rule()).isEqualTo("(panne OR retard) sncf -grève");
        assertThat(derive("\"service client\" lang:fr").rule()).isEqualTo("\"service client\" lang:fr");
        assertThat(derive("#boycott OR @sncf").rule()).isEqualTo("#boycott OR @sncf");
        assertThat(derive("author:marie_lyon retard").rule()).isEqualTo("from:marie_lyon retard");
        assertThat(derive("site:blog-du-rail.fr").rule()).isEqualTo("url:\"blog-du-rail.fr\"");
        assertThat(derive("lang:(fr OR en) panne").rule()).isEqualTo("(lang:fr OR lang:en) panne");
    }

    @Test
    void whatXCannotNarrowIsDroppedFromAnAndNeverFromAnOr() {
        assertThat(derive("sncf AND tartin*").rule()).as("a wider rule is safe").isEqualTo("sncf");
        assertThat(derive("sentiment:negative sncf").rule()).isEqualTo("sncf");
        assertThat(derive("{BNP} panne").rule()).as("X ignores case: wider").isEqualTo("\"BNP\" panne");
        XRules.Derived wildcard = derive("tartin* OR sncf");
        assertThat(wildcard.derivable()).isFalse();
        assertThat(wildcard.reason()).contains("wildcards (tartin*) have no X operator");
        assertThat(derive("panne NEAR/5 train").reason()).contains("NEAR has no X operator");
        assertThat(derive("panne NEAR/5 train").key()).as("the page localises the key").isEqualTo("nothing.near");
        assertThat(derive("tartin* OR sncf").args()).containsExactly("tartin*");
        assertThat(derive("\"service client\"~5").reason()).contains("proximity");
    }

    @Test
    void topicsThatCannotMatchATweetOrOnlyExcludeGetNoRuleAndSayWhy() {
        assertThat(derive("network:mastodon AND panne").reason()).contains("cannot match a tweet").contains("network:mastodon");
        assertThat(derive("-spam -pub").reason()).contains("not negated");
        assertThat(derive("*").reason()).contains("matches everything");
        assertThat(derive("panne AND (").reason()).contains("does not parse");
        assertThat(XRules.derive("t", "panne OR retard OR incident", 20).reason()).contains("max_rule_length").contains("20");
    }

    @Test
    void rulesAreTaggedWithTheirTopicAndOnlyDerivableOnesAreHeld() {
        Map<String, String> topics = new LinkedHashMap<>();
        topics.put("pannes", "panne OR retard");
        topics.put("pain", "tartin*");
        List<XRules.Derived> derived = XRules.derive(topics, 512);
        assertThat(derived).extracting(XRules.Derived::tag).containsExactly("topic:pannes", "topic:pain");
        assertThat(XRules.byTag(derived)).containsExactly(Map.entry("topic:pannes", "panne OR retard"));
    }
}
