package org.comptoir.enrich.intent;

/**
 * Reusable, per-thread scratch space holding the tokens of one text: the normalised characters, where
 * each token sits in them and in the original text, and its 64-bit hashes (full and per prefix length,
 * so cue patterns such as {@code resili*} compare in constant time). Not thread-safe by design.
 */
final class TokenBuffer {
    static final int MAX_PREFIX = 12;
    static final long FNV_OFFSET = 0xcbf29ce484222325L;
    static final long FNV_PRIME = 0x100000001b3L;

    char[] chars;
    int length;
    int count;
    int[] normStart;
    int[] normEnd;
    int[] origStart;
    int[] origEnd;
    long[] hash;
    long[] prefixHash;
    /** True when a token is a symbol (emoji, '?', '!', a handle or URL placeholder), not a word. */
    boolean[] symbol;
    boolean truncated;

    TokenBuffer(int maxChars, int maxTokens) {
        chars = new char[maxChars * 2 + 16];
        normStart = new int[maxTokens];
        normEnd = new int[maxTokens];
        origStart = new int[maxTokens];
        origEnd = new int[maxTokens];
        hash = new long[maxTokens];
        prefixHash = new long[maxTokens * MAX_PREFIX];
        symbol = new boolean[maxTokens];
    }

    void clear() {
        length = 0;
        count = 0;
        truncated = false;
    }

    boolean full() {
        return count == hash.length;
    }

    int tokenLength(int token) {
        return normEnd[token] - normStart[token];
    }

    char firstChar(int token) {
        return chars[normStart[token]];
    }

    /** Closes the token made of chars[start, length) and computes its hashes. */
    void close(int start, int originalStart, int originalEnd, boolean isSymbol) {
        if (length == start || full()) {
            length = start;
            return;
        }
        int t = count++;
        normStart[t] = start;
        normEnd[t] = length;
        origStart[t] = originalStart;
        origEnd[t] = originalEnd;
        symbol[t] = isSymbol;
        long h = FNV_OFFSET;
        int base = t * MAX_PREFIX;
        for (int i = start; i < length; i++) {
            h = (h ^ chars[i]) * FNV_PRIME;
            int prefixLength = i - start + 1;
            if (prefixLength <= MAX_PREFIX) {
                prefixHash[base + prefixLength - 1] = h;
            }
        }
        hash[t] = h;
    }

    /** Whether the token equals (or, if prefix, starts with) the text whose FNV hash and length are given. */
    boolean matches(int token, long textHash, int textLength, boolean prefix) {
        int tokenLength = tokenLength(token);
        if (prefix) {
            return textLength <= MAX_PREFIX && tokenLength >= textLength
                    && prefixHash[token * MAX_PREFIX + textLength - 1] == textHash;
        }
        return tokenLength == textLength && hash[token] == textHash;
    }

    String normalised(int token) {
        return new String(chars, normStart[token], tokenLength(token));
    }

    static long hashOf(CharSequence text) {
        long h = FNV_OFFSET;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * FNV_PRIME;
        }
        return h;
    }
}
