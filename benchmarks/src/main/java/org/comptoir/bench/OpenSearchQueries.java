package org.comptoir.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.comptoir.post.Network;
import org.comptoir.query.QueryField;
import org.comptoir.query.QueryNode;
import org.comptoir.store.lucene.PostAnalyzers;
import org.comptoir.store.lucene.PostFields;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Comptoir's query tree ({@link QueryNode}) as OpenSearch query DSL, clause for clause as Comptoir's Lucene
 * translator builds it: a word is a {@code match_phrase} on every language field ({@code text_fr} … {@code text_other},
 * each analysed by its own analyzer) OR-ed; an exact phrase the same; a sloppy phrase and NEAR are {@code span_near}
 * (unordered unless {@code NEAR/nf}) of the terms OpenSearch's {@code _analyze} gives for each language field;
 * wildcards are {@code prefix}/{@code wildcard} on the folded field (inside NEAR: {@code field_masking_span} over
 * {@code span_multi}); hashtags and handles are {@code term}s on the folded field; {@code {…}} is a phrase on
 * {@code text.case}; AND/OR/NOT are {@code bool} must/should/must_not; {@code lang:} and the other keyword fields
 * are {@code term}/{@code prefix} on keywords; {@code followers:[a TO b]} a {@code range}.
 *
 * <p>Wildcard patterns and tags are normalised on the client (lower case, accents folded, elision) with Comptoir's
 * own normaliser: OpenSearch's term-level queries do not analyse their input.
 */
final class OpenSearchQueries {
    /** Turns a text into its analysed tokens per position (several tokens at one position are alternatives). */
    interface Analyzer {
        List<List<String>> positions(String field, String text) throws Exception;
    }

    /** A topic shape the peer cannot express. */
    static final class Untranslatable extends Exception {
        Untranslatable(String message) {
            super(message);
        }
    }

    private final Analyzer analyzer;

    OpenSearchQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    ObjectNode translate(QueryNode node) throws Exception {
        return translate(node, PostFields.TEXT);
    }

    private ObjectNode translate(QueryNode node, String base) throws Exception {
        if (node instanceof QueryNode.And and) {
            return and(and.clauses(), base);
        }
        if (node instanceof QueryNode.Or or) {
            List<ObjectNode> clauses = new ArrayList<>();
            for (QueryNode clause : or.clauses()) {
                clauses.add(translate(clause, base));
            }
            return should(clauses);
        }
        if (node instanceof QueryNode.Not) {
            return and(List.of(node), base);
        }
        if (node instanceof QueryNode.MatchAll) {
            return obj().set("match_all", obj());
        }
        if (node instanceof QueryNode.Field field) {
            return field.field() == QueryField.TITLE ? translate(field.value(), PostFields.TITLE) : keyword(field.field(), field.value());
        }
        if (node instanceof QueryNode.FieldRange range) {
            return followers(range);
        }
        return leaf(node, base);
    }

    private ObjectNode and(List<QueryNode> clauses, String base) throws Exception {
        ObjectNode bool = obj();
        ArrayNode must = bool.putArray("must");
        ArrayNode mustNot = bool.putArray("must_not");
        for (QueryNode clause : clauses) {
            if (clause instanceof QueryNode.Not not) {
                mustNot.add(translate(not.clause(), base));
            } else {
                must.add(translate(clause, base));
            }
        }
        if (must.isEmpty()) {
            must.add(obj().set("match_all", obj()));
        }
        return obj().set("bool", bool);
    }

    private static ObjectNode should(List<ObjectNode> clauses) {
        if (clauses.size() == 1) {
            return clauses.get(0);
        }
        ObjectNode bool = obj();
        ArrayNode should = bool.putArray("should");
        clauses.forEach(should::add);
        bool.put("minimum_should_match", 1);
        return obj().set("bool", bool);
    }

    private ObjectNode leaf(QueryNode node, String base) throws Exception {
        if (node instanceof QueryNode.Term term) {
            return everyLanguage(base, field -> matchPhrase(field, term.text()));
        }
        if (node instanceof QueryNode.Phrase phrase && phrase.slop() == 0) {
            return everyLanguage(base, field -> matchPhrase(field, phrase.text()));
        }
        if (node instanceof QueryNode.Phrase || node instanceof QueryNode.Near) {
            return everyLanguage(base, field -> span(node, field, base));
        }
        if (node instanceof QueryNode.Wildcard wildcard) {
            return multiTerm(base, wildcard);
        }
        if (node instanceof QueryNode.Hashtag || node instanceof QueryNode.Handle) {
            ObjectNode term = obj();
            term.putObject(base).put("value", literal(node));
            return obj().set("term", term);
        }
        if (node instanceof QueryNode.ExactCase exact) {
            return matchPhrase(base + ".case", exact.text());
        }
        throw new Untranslatable("not a text query: " + node);
    }

    private interface PerField {
        ObjectNode query(String field) throws Exception;
    }

    /** The alternatives over every language field of {@code base}; null alternatives (nothing searchable) dropped. */
    private static ObjectNode everyLanguage(String base, PerField perField) throws Exception {
        List<ObjectNode> alternatives = new ArrayList<>();
        for (String field : PostFields.languageFields(base)) {
            ObjectNode query = perField.query(field);
            if (query != null && !alternatives.contains(query)) {
                alternatives.add(query);
            }
        }
        if (alternatives.isEmpty()) {
            ObjectNode none = obj();
            none.set("match_none", obj());
            return none;
        }
        return should(alternatives);
    }

    private static ObjectNode matchPhrase(String field, String text) {
        ObjectNode phrase = obj();
        phrase.putObject(field).put("query", text);
        return obj().set("match_phrase", phrase);
    }

    private static ObjectNode multiTerm(String base, QueryNode.Wildcard wildcard) {
        String pattern = normalize(wildcard.pattern());
        int star = pattern.indexOf('*');
        ObjectNode query = obj();
        if (star == pattern.length() - 1 && pattern.indexOf('?') < 0) {
            query.putObject(base).put("value", pattern.substring(0, star));
            return obj().set("prefix", query);
        }
        query.putObject(base).put("value", pattern);
        return obj().set("wildcard", query);
    }

    /** A span query for a NEAR side or a sloppy phrase in one language field; null when a side has nothing to search. */
    private ObjectNode span(QueryNode node, String field, String base) throws Exception {
        if (node instanceof QueryNode.Term term) {
            return positions(field, analyzer.positions(field, term.text()), 0, true);
        }
        if (node instanceof QueryNode.Phrase phrase) {
            return positions(field, analyzer.positions(field, phrase.text()), phrase.slop(), phrase.slop() == 0);
        }
        if (node instanceof QueryNode.Hashtag || node instanceof QueryNode.Handle) {
            return spanTerm(field, literal(node));
        }
        if (node instanceof QueryNode.Wildcard wildcard) {
            ObjectNode multi = obj();
            multi.set("match", multiTerm(base, wildcard));
            return masked(obj().set("span_multi", multi), field);
        }
        if (node instanceof QueryNode.ExactCase exact) {
            String caseField = base + ".case";
            ObjectNode inner = positions(caseField, analyzer.positions(caseField, exact.text()), 0, true);
            return inner == null ? null : masked(inner, field);
        }
        if (node instanceof QueryNode.Or or) {
            List<ObjectNode> sides = new ArrayList<>();
            for (QueryNode clause : or.clauses()) {
                ObjectNode side = span(clause, field, base);
                if (side != null) {
                    sides.add(side);
                }
            }
            return sides.isEmpty() ? null : sides.size() == 1 ? sides.get(0) : spanOr(sides);
        }
        if (node instanceof QueryNode.Near near) {
            ObjectNode left = span(near.left(), field, base);
            ObjectNode right = span(near.right(), field, base);
            return left == null || right == null ? null : spanNear(List.of(left, right), near.distance(), near.ordered());
        }
        throw new Untranslatable("not allowed inside NEAR: " + node);
    }

    private static ObjectNode positions(String field, List<List<String>> positions, int slop, boolean ordered) {
        List<ObjectNode> clauses = new ArrayList<>();
        for (List<String> terms : positions) {
            List<ObjectNode> alternatives = new ArrayList<>();
            terms.forEach(t -> alternatives.add(spanTerm(field, t)));
            clauses.add(alternatives.size() == 1 ? alternatives.get(0) : spanOr(alternatives));
        }
        if (clauses.isEmpty()) {
            return null;
        }
        return clauses.size() == 1 ? clauses.get(0) : spanNear(clauses, slop, ordered);
    }

    private static ObjectNode spanTerm(String field, String term) {
        ObjectNode query = obj();
        query.putObject(field).put("value", term);
        return obj().set("span_term", query);
    }

    private static ObjectNode spanOr(List<ObjectNode> clauses) {
        ObjectNode or = obj();
        ArrayNode list = or.putArray("clauses");
        clauses.forEach(list::add);
        return obj().set("span_or", or);
    }

    private static ObjectNode spanNear(List<ObjectNode> clauses, int slop, boolean ordered) {
        ObjectNode near = obj();
        ArrayNode list = near.putArray("clauses");
        clauses.forEach(list::add);
        near.put("slop", slop);
        near.put("in_order", ordered);
        return obj().set("span_near", near);
    }

    private static ObjectNode masked(ObjectNode span, String field) {
        ObjectNode masking = obj();
        masking.set("query", span);
        masking.put("field", field);
        return obj().set("field_masking_span", masking);
    }

    private static ObjectNode keyword(QueryField field, QueryNode value) throws Untranslatable {
        if (value instanceof QueryNode.Or or) {
            List<ObjectNode> clauses = new ArrayList<>();
            for (QueryNode clause : or.clauses()) {
                clauses.add(keyword(field, clause));
            }
            return should(clauses);
        }
        if (value instanceof QueryNode.And and) {
            ObjectNode bool = obj();
            ArrayNode must = bool.putArray("must");
            ArrayNode mustNot = bool.putArray("must_not");
            for (QueryNode clause : and.clauses()) {
                if (clause instanceof QueryNode.Not not) {
                    mustNot.add(keyword(field, not.clause()));
                } else {
                    must.add(keyword(field, clause));
                }
            }
            if (must.isEmpty()) {
                must.add(obj().set("match_all", obj()));
            }
            return obj().set("bool", bool);
        }
        if (value instanceof QueryNode.Not not) {
            return keyword(field, new QueryNode.And(List.of(not)));
        }
        String name = switch (field) {
            case LANG -> "lang";
            case NETWORK -> "network";
            case AUTHOR -> "author_handle";
            case SITE -> "site";
            case URL -> "url";
            case SENTIMENT -> "sentiment";
            case INTENT -> "intent";
            case COMPLAINT -> "complaint";
            default -> throw new Untranslatable(field.queryName() + ": is not a keyword field");
        };
        ObjectNode query = obj();
        if (value instanceof QueryNode.Term term) {
            query.putObject(name).put("value", normalize(field, term.text()));
            return obj().set("term", query);
        }
        if (value instanceof QueryNode.Wildcard wildcard) {
            String prefix = wildcard.pattern().substring(0, wildcard.pattern().length() - 1);
            query.putObject(name).put("value", normalize(field, prefix));
            return obj().set("prefix", query);
        }
        throw new Untranslatable(field.queryName() + ": cannot take " + value);
    }

    private static String normalize(QueryField field, String value) {
        return switch (field) {
            case NETWORK -> Network.of(value).name();
            case AUTHOR -> {
                String handle = value.strip().toLowerCase(Locale.ROOT);
                yield handle.startsWith("@") ? handle.substring(1) : handle;
            }
            case SITE -> {
                String site = value.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "");
                int slash = site.indexOf('/');
                site = slash >= 0 ? site.substring(0, slash) : site;
                yield site.startsWith("www.") ? site.substring(4) : site;
            }
            case URL -> value.strip();
            case COMPLAINT -> switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> "yes";
                case "false", "no" -> "no";
                default -> value.strip().toLowerCase(Locale.ROOT);
            };
            default -> value.strip().toLowerCase(Locale.ROOT);
        };
    }

    private static ObjectNode followers(QueryNode.FieldRange range) {
        ObjectNode bounds = obj();
        if (range.min() != null) {
            bounds.put(range.minInclusive() ? "gte" : "gt", range.min());
        }
        if (range.max() != null) {
            bounds.put(range.maxInclusive() ? "lte" : "lt", range.max());
        }
        ObjectNode query = obj();
        query.set("followers", bounds);
        return obj().set("range", query);
    }

    /** {@code #name} / {@code @name} or a wildcard pattern lower-cased, folded and without elision, as the folded field holds it. */
    private static String literal(QueryNode node) {
        return normalize(node instanceof QueryNode.Hashtag h ? "#" + h.name() : "@" + ((QueryNode.Handle) node).name());
    }

    private static String normalize(String text) {
        return PostAnalyzers.analyzer().normalize(PostFields.folded(PostFields.TEXT), text).utf8ToString();
    }

    private static ObjectNode obj() {
        return OpenSearchMapping.JSON.createObjectNode();
    }

    static String json(JsonNode node) {
        return OpenSearchMapping.JSON.writeValueAsString(node);
    }
}
