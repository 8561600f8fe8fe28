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

    /** A topic's rule ({@code tag} is {@code topic:NAME}), or why it has none ({@code rule} null; {@code reason} set). */
    public record Derived(String topic, String tag, String rule, String reason) {
        public boolean derivable() {
            return rule != null;
        }
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
            return new Derived(name, tag, null, "the query does not parse: " + e.getMessage());
        }
        if (result instanceof Any any) {
            return new Derived(name, tag, null, "nothing X can filter on: " + any.reason());
        }
        if (result instanceof Never never) {
            return new Derived(name, tag, null, "cannot match a tweet (" + never.reason() + "): no rule needed");
        }
        Rule rule = (Rule) result;
        if (!rule.positive()) {
            return new Derived(name, tag, null, "X needs at least one word that is not negated");
        }
        if (rule.text().length() > maxLength) {
            return new Derived(name, tag, null, "the rule would be " + rule.text().length() + " characters, more than your access level's "
                    + maxLength + " (max_rule_length)");
        }
        return new Derived(name, tag, rule.text(), null);
    }

    /** What a query node becomes: a rule, anything (X cannot narrow it: why), or never (it cannot match a tweet: why). */
    sealed interface Result permits Rule, Any, Never {
    }

    record Rule(String text, boolean positive, boolean compound) implements Result {
        String grouped() {
            return compound ? "(" + text + ")" : text;
        }
    }

    record Any(String reason) implements Result {
    }

    record Never(String reason) implements Result {
    }

    static Result translate(QueryNode node) {
        if (node instanceof QueryNode.Term term) {
            return word(term.text());
        } else if (node instanceof QueryNode.Phrase phrase) {
            return phrase.slop() > 0 ? new Any("a proximity phrase (~" + phrase.slop() + ") has no X operator") : quoted(phrase.text());
        } else if (node instanceof QueryNode.ExactCase exact) {
            return quoted(exact.text()); // X ignores case: broader, the matcher checks it
        } else if (node instanceof QueryNode.Hashtag tag) {
            return tag.name().matches(WORD) ? new Rule("#" + tag.name(), true, false) : new Any("#" + tag.name() + " is not an X hashtag");
        } else if (node instanceof QueryNode.Handle handle) {
            return handle.name().matches(X_USERNAME) ? new Rule("@" + handle.name(), true, false)
                    : new Any("@" + handle.name() + " is not an X username");
        } else if (node instanceof QueryNode.Wildcard wildcard) {
            return new Any("wildcards (" + wildcard.pattern() + ") have no X operator");
        } else if (node instanceof QueryNode.Near) {
            return new Any("NEAR has no X operator");
        } else if (node instanceof QueryNode.MatchAll) {
            return new Any("the query matches everything");
        } else if (node instanceof QueryNode.FieldRange range) {
            return new Any(range.field().queryName() + ": ranges are computed by Comptoir, not X");
        } else if (node instanceof QueryNode.Field field) {
            return field(field.field(), field.value());
        } else if (node instanceof QueryNode.Not not) {
            Result inner = translate(not.clause());
            return inner instanceof Rule rule ? new Rule("-" + rule.grouped(), false, false)
                    : new Any("NOT of what X cannot express is left to the topic matcher");
        } else if (node instanceof QueryNode.And and) {
            return and(and.clauses());
        } else if (node instanceof QueryNode.Or or) {
            return or(or.clauses());
        }
        return new Any("an operator X has no equivalent for");
    }

    private static Result and(List<QueryNode> clauses) {
        List<Rule> rules = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (QueryNode clause : clauses) {
            Result result = translate(clause);
            if (result instanceof Never) {
                return result;
            } else if (result instanceof Any any) {
                dropped.add(any.reason()); // dropping an AND clause only widens the rule
            } else {
                rules.add((Rule) result);
            }
        }
        if (rules.isEmpty()) {
            return new Any(String.join("; ", dropped));
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
            return new Any("an OR with a negated branch has no X equivalent");
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
                    : new Any("lang:" + text + " is not a language code X knows");
            case NETWORK -> text != null && (text.equalsIgnoreCase("x") || text.equalsIgnoreCase("twitter"))
                    ? new Any("network:" + text + " holds for every tweet") : new Never("network:" + text);
            case AUTHOR -> text != null && text.replaceFirst("^@", "").matches(X_USERNAME) ? new Rule("from:" + text.replaceFirst("^@", ""), true, false)
                    : new Any("author:" + text + " is not an X username");
            case URL, SITE -> text != null ? new Rule("url:" + quote(text), true, false) : new Any(name + ": needs a plain value for X");
            case TITLE -> new Never("tweets have no title");
            default -> new Any(name + ": is computed by Comptoir after reading, not by X");
        };
    }

    private static Result word(String text) {
        return text.matches(WORD) ? new Rule(text, true, false) : quoted(text);
    }

    private static Result quoted(String text) {
        return text.isBlank() ? new Any("an empty phrase") : new Rule(quote(text), true, false);
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
