package org.comptoir.store.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Splits social text into words, {@code #hashtags}, {@code @handles} (including
 * {@code @user@instance.tld}), URLs and emoji sequences. Words break on punctuation but keep an
 * apostrophe between two letters ({@code l'application}) so that elision can be handled later.
 * Emoji variation selectors are dropped, so {@code ❤️} and {@code ❤} give the same token.
 */
public final class SocialTokenizer extends Tokenizer {
    public static final String WORD = "<WORD>";
    public static final String HASHTAG = "<HASHTAG>";
    public static final String HANDLE = "<HANDLE>";
    public static final String URL = "<URL>";
    public static final String EMOJI = "<EMOJI>";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final StringBuilder text = new StringBuilder();
    private final char[] chunk = new char[1024];
    private int pos;

    @Override
    public void reset() throws IOException {
        super.reset();
        text.setLength(0);
        for (int n = input.read(chunk); n > 0; n = input.read(chunk)) {
            text.append(chunk, 0, n);
        }
        pos = 0;
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        while (pos < text.length()) {
            int start = pos;
            int c = text.codePointAt(pos);
            int end;
            String kind;
            if ((end = SocialSpans.url(text, pos)) > pos) {
                kind = URL;
            } else if (c == '#' && (end = SocialSpans.hashtag(text, pos)) > pos) {
                kind = HASHTAG;
            } else if (c == '@' && (end = SocialSpans.handle(text, pos)) > pos) {
                kind = HANDLE;
            } else if (Emoji.isStart(c)) {
                end = SocialSpans.emoji(text, pos);
                kind = EMOJI;
            } else if (Character.isLetterOrDigit(c)) {
                end = SocialSpans.word(text, pos);
                kind = WORD;
            } else {
                pos += Character.charCount(c);
                continue;
            }
            pos = end;
            emit(start, end, kind);
            return true;
        }
        return false;
    }

    private void emit(int start, int end, String kind) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!Emoji.isVariationSelector(c)) {
                term.append(c);
            }
        }
        offset.setOffset(correctOffset(start), correctOffset(end));
        type.setType(kind);
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(text.length());
        offset.setOffset(last, last);
    }
}
