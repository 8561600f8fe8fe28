package org.comptoir.alert;

import java.util.Locale;
import java.util.regex.Pattern;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A workspace's notifier as it is shown: name, kind ({@code webhook}, {@code slack} or {@code email}), where it posts and the
 * language of the summaries it carries ({@code fr} or {@code en}). The
 * secret (a webhook's signing secret, a Slack URL, which is itself a secret, an SMTP password) is sealed at rest and never shown:
 * a Slack URL shows as its host only.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record NotifierConfig(String name, String kind, String target, String language) {
    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    static String checkName(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (!NAME.matcher(n).matches()) {
            throw new IllegalArgumentException("a notifier name is 1 to 64 lower-case letters, digits, '-' or '_': '" + name + "'");
        }
        return n;
    }

    /** {@code fr} (the default) or {@code en}: the language of the alert summaries the notifier carries. */
    static String checkLanguage(String language) {
        String l = language == null || language.isBlank() ? "fr" : language.strip().toLowerCase(Locale.ROOT);
        if (!l.equals("fr") && !l.equals("en")) {
            throw new IllegalArgumentException("unknown notifier language '" + language + "': use fr or en");
        }
        return l;
    }

    static String checkKind(String kind) {
        String k = kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT);
        if (!k.equals("webhook") && !k.equals("slack") && !k.equals("email")) {
            throw new IllegalArgumentException("unknown notifier kind '" + kind + "': use webhook, slack or email");
        }
        return k;
    }
}
