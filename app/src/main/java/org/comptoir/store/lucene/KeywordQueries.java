package org.comptoir.store.lucene;

import java.util.Locale;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.comptoir.post.Network;
import org.comptoir.query.QueryField;
import org.comptoir.query.QueryNode;

/** Values of keyword fields ({@code lang:}, {@code author:}…) normalised the way documents index them. */
final class KeywordQueries {
    private KeywordQueries() {
    }

    static Query leaf(QueryField field, QueryNode node) {
        if (node instanceof QueryNode.Term term) {
            return new TermQuery(new Term(fieldName(field), normalize(field, term.text())));
        }
        if (node instanceof QueryNode.Wildcard wildcard) {
            String prefix = wildcard.pattern().substring(0, wildcard.pattern().length() - 1);
            return new PrefixQuery(new Term(fieldName(field), normalize(field, prefix)));
        }
        throw new IllegalArgumentException(field.queryName() + ": cannot take " + node);
    }

    private static String fieldName(QueryField field) {
        return switch (field) {
            case LANG -> PostFields.LANG;
            case NETWORK -> PostFields.NETWORK;
            case AUTHOR -> PostFields.AUTHOR;
            case SITE -> PostFields.SITE;
            case URL -> PostFields.URL;
            case SENTIMENT -> PostFields.SENTIMENT;
            case INTENT -> PostFields.INTENT;
            case COMPLAINT -> PostFields.COMPLAINT;
            default -> throw new IllegalArgumentException(field.queryName() + ": is not a keyword field");
        };
    }

    static String normalize(QueryField field, String value) {
        return switch (field) {
            case NETWORK -> Network.of(value).name();
            case AUTHOR -> PostTextFields.normalizeHandle(value);
            case SITE -> PostTextFields.normalizeSite(value);
            case URL -> value.strip();
            case COMPLAINT -> switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> "yes";
                case "false", "no" -> "no";
                default -> value.strip().toLowerCase(Locale.ROOT);
            };
            default -> value.strip().toLowerCase(Locale.ROOT);
        };
    }
}
