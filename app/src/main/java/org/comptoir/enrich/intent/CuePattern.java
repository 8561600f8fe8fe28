package org.comptoir.enrich.intent;

/**
 * One compiled cue pattern: a sequence of elements, each matching one token by one of its alternatives
 * (an exact normalised word, or a prefix when written with a trailing {@code *}).
 */
record CuePattern(CueFamily family, Element[] elements) {

    static CuePattern compile(CueFamily family, String pattern, TokenBuffer scratch, String where) {
        String[] parts = pattern.strip().split("\\s+");
        Element[] elements = new Element[parts.length];
        for (int i = 0; i < parts.length; i++) {
            elements[i] = Element.compile(parts[i], scratch, where);
        }
        return new CuePattern(family, elements);
    }

    int length() {
        return elements.length;
    }

    boolean matchesAt(TokenBuffer tokens, int token) {
        if (token + elements.length > tokens.count) {
            return false;
        }
        for (int i = 0; i < elements.length; i++) {
            if (!elements[i].matches(tokens, token + i)) {
                return false;
            }
        }
        return true;
    }

    /** Alternatives for one token position. */
    record Element(long[] hashes, int[] lengths, boolean[] prefix) {

        static Element compile(String alternatives, TokenBuffer scratch, String where) {
            String[] words = alternatives.split("\\|");
            long[] hashes = new long[words.length];
            int[] lengths = new int[words.length];
            boolean[] prefix = new boolean[words.length];
            for (int i = 0; i < words.length; i++) {
                String word = words[i];
                prefix[i] = word.endsWith("*") && word.length() > 1;
                IntentTokeniser.tokenise(prefix[i] ? word.substring(0, word.length() - 1) : word, scratch);
                if (scratch.count != 1) {
                    throw new IllegalStateException(where + ": cue '" + word + "' must normalise to exactly one token, got " + scratch.count);
                }
                String normalised = scratch.normalised(0);
                if (prefix[i] && normalised.length() > TokenBuffer.MAX_PREFIX) {
                    throw new IllegalStateException(where + ": prefix cue '" + word + "' is longer than " + TokenBuffer.MAX_PREFIX + " characters");
                }
                hashes[i] = TokenBuffer.hashOf(normalised);
                lengths[i] = normalised.length();
            }
            return new Element(hashes, lengths, prefix);
        }

        boolean matches(TokenBuffer tokens, int token) {
            for (int i = 0; i < hashes.length; i++) {
                if (tokens.matches(token, hashes[i], lengths[i], prefix[i])) {
                    return true;
                }
            }
            return false;
        }
    }
}
