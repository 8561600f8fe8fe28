package org.comptoir.enrich.text;

/**
 * One unit of a social post.
 *
 * @param text       the surface form, as written (after entity and escape decoding)
 * @param normalized the form used for features: lower case, accents folded on Latin letters,
 *                   elongations squeezed ({@code troooop} gives {@code trop}), typographic
 *                   apostrophes made ASCII, handles mapped to {@code @user}
 * @param type       what kind of unit this is
 * @param negated    true when the token lies inside a negation scope
 * @param elongated  true when the surface form repeated a letter three times or more (or a
 *                   punctuation mark, as in {@code !!!})
 * @param start      start offset (inclusive) in the decoded text, see {@link SocialTokenizer#decode}
 * @param end        end offset (exclusive) in the decoded text
 */
public record Token(String text, String normalized, TokenType type, boolean negated, boolean elongated,
                    int start, int end) {

    /** This token with its negation flag set. */
    public Token asNegated() {
        return negated ? this : new Token(text, normalized, type, true, elongated, start, end);
    }

    /** True for tokens made of letters (words, negation cues and hashtag parts). */
    public boolean isWordLike() {
        return type == TokenType.WORD || type == TokenType.NEGATION_CUE || type == TokenType.HASHTAG_PART;
    }
}
