/**
 * The topic query dialect: a Brandwatch/Sprinklr-compatible boolean language, parsed into a
 * backend-neutral tree. No search engine is imported here; {@code org.comptoir.store.lucene}
 * translates the tree for Lucene and an OpenSearch translator can read the same tree.
 *
 * <ul>
 *   <li>{@link org.comptoir.query.QueryParser#parse(String)}: query text to {@link org.comptoir.query.QueryNode}.</li>
 *   <li>{@link org.comptoir.query.QueryNode}: the tree (And, Or, Not, Term, Phrase, Near, Wildcard,
 *       ExactCase, Hashtag, Handle, Field, FieldRange, MatchAll).</li>
 *   <li>{@link org.comptoir.query.QueryField}: the fields a query may name ({@code lang:}, {@code site:}…).</li>
 *   <li>{@link org.comptoir.query.QuerySyntaxException}: what is wrong and at which 1-based column.</li>
 * </ul>
 * The user guide is {@code docs/query-language.md}.
 */
package org.comptoir.query;
