package org.comptoir.enrich.text;

/** What kind of surface unit a {@link Token} is. */
public enum TokenType {
    /** A run of letters, digits and combining marks (including elided forms such as {@code l'}). */
    WORD,
    /** A word that opens or extends a negation scope ({@code pas}, {@code not}, {@code don't}, {@code nunca}…). */
    NEGATION_CUE,
    /** Digits, possibly with inner separators ({@code 3.5}, {@code 10:30}). */
    NUMBER,
    /** A link, or the bare placeholder word {@code http} left by some corpora. */
    URL,
    /** An {@code @handle}; normalised to {@code @user}. */
    HANDLE,
    /** A whole {@code #hashtag}, normalised to lower case with its {@code #}. */
    HASHTAG,
    /** One word of a camel-case hashtag ({@code #PireServiceClient} gives {@code pire}, {@code service}, {@code client}). */
    HASHTAG_PART,
    /** One emoji, including ZWJ sequences, skin-tone modifiers, keycaps and flags. */
    EMOJI,
    /** An ASCII emoticon such as {@code :-)}, {@code :(}, {@code ^^}, {@code <3}, {@code xD}. */
    EMOTICON,
    /** Punctuation; runs of {@code !} and {@code ?} and ellipses form a single token. */
    PUNCTUATION,
    /** Any other symbol. */
    SYMBOL
}
