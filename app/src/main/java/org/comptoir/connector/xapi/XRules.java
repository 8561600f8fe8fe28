package org.comptoir.connector.xapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comptoir.query.QueryField;
import org.comptoir.query.QueryNode;
import org.comptoir.query.QueryParser;
import org.comptoir.query.QuerySyntaxException;

/**
 * Derives X filtered-stream rules from a workspace's topics. A rule may ask X for <em>more</em> than the topic
 * matches (the topic matcher decides afterwards), never for less. So: words, phrases, {@code #tags}, {@code @names},
 * {@code lang:}, {@code author:} ({@code from:}), {@code url:}/{@code site:} ({@code url:"…"}), AND, OR and NOT
 * translate; what X has no operator for (wildcards, NEAR, proximity, case, followers, sentiment, intent, complaint)
 * is dropped from an AND (a broader rule) but makes an OR, or a whole topic, non-derivable; {@code network:} other
 * than X and {@code title:} can never match a tweet, so such a topic needs no rule. Each topic gets a rule or the
 * reason it has none.
 */
public final class XRules {
    private static final String WORD = "[\\p{L}\\p{N}_]+";
    private static final String X_USERNAME = "[A-Za-z0-9_]{1,15}";

    private XRules() {
    }

    /** Why a topic has no rule, in English for the API and the CLI (the page localises {@code key} with {@code args}). */
    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("proximity", "a proximity phrase (~{0}) has no X operator"),
            Map.entry("not_hashtag", "#{0} is not an X hashtag"),
            Map.entry("not_username", "{0} is not an X username"),
            Map.entry("wildcard", "wildcards ({0}) have no X operator"),
            Map.entry("near", "NEAR has no X operator"),
            Map.entry("everything", "the query matches everything"),
            Map.entry("range", "{0}: ranges are computed by Comptoir, not X"),
            Map.entry("negated_unknown", "NOT of what X cannot express is left to the topic matcher"),
            Map.entry("unknown", "an operator X has no equivalent for"),
            Map.entry("negated_or", "an OR with a negated branch has no X equivalent"),
            Map.entry("not_language", "lang:{0} is not a language code X knows"),
            Map.entry("every_tweet", "network:{0} holds for every tweet"),
            Map.entry("needs_value", "{0}: needs a plain value for X"),
            Map.entry("computed", "{0}: is computed by Comptoir after reading, not by X"),
            Map.entry("empty_phrase", "an empty phrase"),
            Map.entry("network", "network:{0}"),
            Map.entry("title", "tweets have no title"),
            Map.entry("syntax", "the query does not parse: {0}"),
            Map.entry("negated_only", "X needs at least one word that is not negated"),
            Map.entry("too_long", "the rule would be {0} characters, more than your access level's {1} (max_rule_length)"));

    /**
     * A topic's rule ({@code tag} is {@code topic:NAME}), or why it has none ({@code rule} null): {@code key}
     * ({@code nothing.wildcard}, {@code never.network}, {@code negated_only}, {@code too_long}, {@code syntax}) and its
     * {@code args}, in English by {@link #reason()}.
     */
    public record Derived(String topic, String tag, String rule, String key, List<String> args) {
        public Derived {
            args = args == null ? List.of() : List.copyOf(args);
        }

        public boolean derivable() {
            return rule != null;
        }

        /** The argument {@code i} of the reason, empty when there is none (for message templates). */
        public String arg(int i) {
            return i < args.size() ? args.get(i) : "";
        }

        /** Why there is no rule, in English; null when there is one. */
        public String reason() {
            if (key == null) {
                return null;
            }
            if (key.startsWith("nothing.")) {
                return "nothing X can filter on: " + english(key.substring(8), args);
            }
            if (key.startsWith("never.")) {
                return "cannot match a tweet (" + english(key.substring(6), args) + "): no rule needed";
            }
            return english(key, args);
        }
    }

    private static String english(String key, List<String> args) {
        String text = ENGLISH.getOrDefault(key, key);
        for (int i = 0; i < args.size(); i++) {
            text = text.replace("{" + i + "}", args.get(i));
        }
        return text;
    }

    /** The rules of these topics (name → query, in order), each at most {@code maxLength} characters. */
    public static List<Derived> derive(Map<String, String> topics, int maxLength) {
        List<Derived> all = new ArrayList<>();
        topics.forEach((name, query) -> all.add(derive(name, query, maxLength)));
        return all;
    }

    static Derived derive(String name, String query, int maxLength) {
        String tag = "topic:" + name;
        Result result;
        try {
            result = translate(QueryParser.parse(query));
        } catch (QuerySyntaxException e) {
            return new Derived(name, tag, null, "syntax", List.of(String.valueOf(e.getMessage())));
        }
        if (result instanceof Any any) {
            return new Derived(name, tag, null, "nothing." + any.key(), any.args());
        }
        if (result instanceof Never never) {
            return new Derived(name, tag, null, "never." + never.key(), never.args());
        }
        Rule rule = (Rule) result;
        if (!rule.positive()) {
            return new Derived(name, tag, null, "negated_only", List.of());
        }
        if (rule.text().length() > maxLength) {
            return new Derived(name, tag, null, "too_long", List.of(Integer.toString(rule.text().length()), Integer.toString(maxLength)));
        }
        return new Derived(name, tag, rule.text(), null, List.of());
    }

    /** What a query node becomes: a rule, anything (X cannot narrow it: why), or never (it cannot match a tweet: why). */
    sealed interface Result permits Rule, Any, Never {
    }

    record Rule(String text, boolean positive, boolean compound) implements Result {
        String grouped() {
            return compound ? "(" + text + ")" : text;
        }
    }

    /** X cannot narrow this: {@code key} says why, with {@code args}. */
    record Any(String key, List<String> args) implements Result {
        Any(String key, String... args) {
            this(key, List.of(args));
        }
    }

    /** This cannot match a tweet: {@code key} says why, with {@code args}. */
    record Never(String key, List<String> args) implements Result {
        Never(String key, String... args) {
            this(key, List.of(args));
        }
    }

    static Result translate(QueryNode node) {
        if (node instanceof QueryNode.Term term) {
            return word(term.text());
        } else if (node instanceof QueryNode.Phrase phrase) {
            return phrase.slop() > 0 ? new Any("proximity", Integer.toString(phrase.slop())) : quoted(phrase.text());
        } else if (node instanceof QueryNode.ExactCase exact) {
            return quoted(exact.text()); // X ignores case: broader, the matcher checks it
        } else if (node instanceof QueryNode.Hashtag tag) {
            return tag.name().matches(WORD) ? new Rule("#" + tag.name(), true, false) : new Any("not_hashtag", tag.name());
        } else if (node instanceof QueryNode.Handle handle) {
            return handle.name().matches(X_USERNAME) ? new Rule("@" + handle.name(), true, false)
                    : new Any("not_username", "@" + handle.name());
        } else if (node instanceof QueryNode.Wildcard wildcard) {
            return new Any("wildcard", wildcard.pattern());
        } else if (node instanceof QueryNode.Near) {
            return new Any("near");
        } else if (node instanceof QueryNode.MatchAll) {
            return new Any("everything");
        } else if (node instanceof QueryNode.FieldRange range) {
            return new Any("range", range.field().queryName());
        } else if (node instanceof QueryNode.Field field) {
            return field(field.field(), field.value());
        } else if (node instanceof QueryNode.Not not) {
            Result inner = translate(not.clause());
            return inner instanceof Rule rule ? new Rule("-" + rule.grouped(), false, false)
                    : new Any("negated_unknown");
        } else if (node instanceof QueryNode.And and) {
            return and(and.clauses());
        } else if (node instanceof QueryNode.Or or) {
            return or(or.clauses());
        }
        return new Any("unknown");
    }

    private static Result and(List<QueryNode> clauses) {
        List<Rule> rules = new ArrayList<>();
        Any dropped = null;
        for (QueryNode clause : clauses) {
            Result result = translate(clause);
            if (result instanceof Never) {
                return result;
            } else if (result instanceof Any any) {
                dropped = dropped == null ? any : dropped; // dropping an AND clause only widens the rule
            } else {
                rules.add((Rule) result);
            }
        }
        if (rules.isEmpty()) {
            return dropped;
        }
        if (rules.size() == 1) {
            return rules.get(0);
        }
        List<String> parts = new ArrayList<>();
        rules.forEach(rule -> parts.add(rule.grouped()));
        return new Rule(String.join(" ", parts), rules.stream().anyMatch(Rule::positive), true);
    }

    private static Result or(List<QueryNode> clauses) {
        List<Rule> rules = new ArrayList<>();
        Never never = null;
        for (QueryNode clause : clauses) {
            Result result = translate(clause);
            if (result instanceof Any any) {
                return any; // one branch X cannot narrow: the whole OR cannot be narrowed
            } else if (result instanceof Never n) {
                never = n; // a branch that cannot match a tweet adds nothing
            } else {
                rules.add((Rule) result);
            }
        }
        if (rules.isEmpty()) {
            return never;
        }
        if (rules.size() == 1) {
            return rules.get(0);
        }
        if (rules.stream().anyMatch(rule -> !rule.positive())) {
            return new Any("negated_or");
        }
        List<String> parts = new ArrayList<>();
        rules.forEach(rule -> parts.add(rule.grouped()));
        return new Rule(String.join(" OR ", parts), true, true);
    }

    private static Result field(QueryField field, QueryNode value) {
        if (value instanceof QueryNode.Or or) {
            List<QueryNode> each = new ArrayList<>();
            or.clauses().forEach(clause -> each.add(new QueryNode.Field(field, clause)));
            return or(each);
        }
        String text = value instanceof QueryNode.Term term ? term.text() : value instanceof QueryNode.Phrase phrase ? phrase.text() : null;
        String name = field.queryName();
        return switch (field) {
            case LANG -> text != null && text.matches("[A-Za-z]{2,3}(-[A-Za-z]{2,4})?") ? new Rule("lang:" + text.toLowerCase(java.util.Locale.ROOT), true, false)
                    : new Any("not_language", String.valueOf(text));
            case NETWORK -> text != null && (text.equalsIgnoreCase("x") || text.equalsIgnoreCase("twitter"))
                    ? new Any("every_tweet", text) : new Never("network", String.valueOf(text));
            case AUTHOR -> text != null && text.replaceFirst("^@", "").matches(X_USERNAME) ? new Rule("from:" + text.replaceFirst("^@", ""), true, false)
                    : new Any("not_username", "author:" + text);
            case URL, SITE -> text != null ? new Rule("url:" + quote(text), true, false) : new Any("needs_value", name);
            case TITLE -> new Never("title");
            default -> new Any("computed", name);
        };
    }

    private static Result word(String text) {
        return text.matches(WORD) ? new Rule(text, true, false) : quoted(text);
    }

    private static Result quoted(String text) {
        return text.isBlank() ? new Any("empty_phrase") : new Rule(quote(text), true, false);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The rules as {@code tag → value}, only the derivable ones. */
    public static Map<String, String> byTag(List<Derived> derived) {
        Map<String, String> rules = new LinkedHashMap<>();
        derived.stream().filter(Derived::derivable).forEach(d -> rules.put(d.tag(), d.rule()));
        return rules;
    }
}
