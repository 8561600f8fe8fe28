package org.comptoir.store.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Keeps {@code #hashtag}, {@code @handle}, URL and emoji tokens as keywords (never stemmed) and
 * adds, at the same position, the bare word of a hashtag ({@code boycott}) or the user part of a
 * handle ({@code sncf} for {@code @sncf}, {@code marie} for {@code @marie@piaille.fr}), so that a
 * plain word finds the tag too.
 */
public final class TagWordFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private State pending;
    private String bare;

    public TagWordFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(pending);
            pending = null;
            term.setEmpty().append(bare);
            type.setType(SocialTokenizer.WORD);
            keyword.setKeyword(false);
            increment.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String kind = type.type();
        if (!SocialTokenizer.WORD.equals(kind)) {
            keyword.setKeyword(true);
        }
        if (SocialTokenizer.HASHTAG.equals(kind) || SocialTokenizer.HANDLE.equals(kind)) {
            bare = bareWord(term.toString());
            if (!bare.isEmpty()) {
                pending = captureState();
            }
        }
        return true;
    }

    private static String bareWord(String tag) {
        String rest = tag.substring(1);
        if (tag.charAt(0) == '@') {
            int cut = rest.length();
            for (char stop : new char[] {'@', '.'}) {
                int at = rest.indexOf(stop);
                cut = at >= 0 ? Math.min(cut, at) : cut;
            }
            rest = rest.substring(0, cut);
        }
        return rest;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
        bare = null;
    }
}
