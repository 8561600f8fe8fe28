package org.comptoir.store.lucene;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * One analysis chain over {@link SocialTokenizer}: {@code case} keeps the written form;
 * {@code folded} and {@code other} lower-case, fold accents and strip French/Italian elision;
 * a language key ({@code fr}, {@code en}, {@code es}, {@code de}, {@code it}, {@code pt}) adds that
 * language's light stemmer. Folding happens before stemming so {@code cafe} and {@code café} always agree.
 */
final class SocialAnalyzer extends Analyzer {
    /** French and Italian elided articles ({@code l'}, {@code qu'}, {@code dell'}…), any case. */
    static final CharArraySet ARTICLES = new CharArraySet(List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c",
            "jusqu", "quoiqu", "lorsqu", "puisqu", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl",
            "agl", "dagl", "degl", "negl", "sugl", "un", "v"), true);

    static final int POSITION_GAP = 10_000;

    private final String key;

    SocialAnalyzer(String key) {
        this.key = key;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        SocialTokenizer tokenizer = new SocialTokenizer();
        TokenStream stream = new TagWordFilter(tokenizer);
        if (!key.equals(PostFields.CASE)) {
            stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
        }
        if (!key.equals("en")) {
            stream = new ElisionFilter(stream, ARTICLES);
        }
        return new TokenStreamComponents(tokenizer, stem(stream));
    }

    private TokenStream stem(TokenStream stream) {
        return switch (key) {
            case "fr" -> new FrenchLightStemFilter(stream);
            case "en" -> new EnglishMinimalStemFilter(new EnglishPossessiveFilter(stream));
            case "es" -> new SpanishLightStemFilter(stream);
            case "de" -> new GermanLightStemFilter(stream);
            case "it" -> new ItalianLightStemFilter(stream);
            case "pt" -> new PortugueseLightStemFilter(stream);
            default -> stream;
        };
    }

    /** Values of one field (text, then title) never meet in a phrase or NEAR (distances stay below 10 000). */
    @Override
    public int getPositionIncrementGap(String fieldName) {
        return POSITION_GAP;
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        if (key.equals(PostFields.CASE)) {
            return in;
        }
        return new ElisionFilter(new ASCIIFoldingFilter(new LowerCaseFilter(in)), ARTICLES);
    }
}
