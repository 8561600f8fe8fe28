package org.comptoir.enrich.intent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Matches the French and English cue patterns of {@code intent-cues.txt} against a tokenised text, with
 * no allocation: patterns are compiled once to token hashes and indexed by their first element ({@link CueIndex}).
 * A praise cue preceded (within two tokens) by a negator fires {@link CueFamily#NEGATED_PRAISE} instead;
 * {@link CueFamily#QUESTION} and {@link CueFamily#SARCASM} are derived after matching.
 */
final class CueMatcher {
    private static final String RESOURCE = "intent-cues.txt";
    private static final CueMatcher DEFAULT = load();

    private final CueIndex index;
    private final CuePattern.Element negators;
    private final long fingerprint;

    private CueMatcher(CueIndex index, CuePattern.Element negators, long fingerprint) {
        this.index = index;
        this.negators = negators;
        this.fingerprint = fingerprint;
    }

    /** A hash of the cue file: a model trained with other cues must be retrained. */
    long fingerprint() {
        return fingerprint;
    }

    static CueMatcher defaultMatcher() {
        return DEFAULT;
    }

    void match(TokenBuffer tokens, CueHits hits) {
        hits.clear();
        for (int t = 0; t < tokens.count; t++) {
            matchAll(index.exactCandidates(tokens, t), tokens, t, hits);
            for (int i = 0; i < index.prefixLengthCount(); i++) {
                matchAll(index.prefixCandidates(tokens, t, i), tokens, t, hits);
            }
        }
        derive(hits, CueFamily.QUESTION, CueFamily.INTERROGATIVE, hits.fired(CueFamily.QUESTION_MARK));
        boolean grievance = hits.fired(CueFamily.PROBLEM) || hits.fired(CueFamily.REFUND) || hits.fired(CueFamily.NEGATED_PRAISE);
        derive(hits, CueFamily.SARCASM, CueFamily.PRAISE, grievance);
    }

    private void matchAll(CuePattern[] candidates, TokenBuffer tokens, int t, CueHits hits) {
        for (CuePattern pattern : candidates) {
            if (pattern.matchesAt(tokens, t)) {
                CueFamily family = pattern.family();
                if (family == CueFamily.PRAISE && negated(tokens, t)) {
                    family = CueFamily.NEGATED_PRAISE;
                }
                hits.add(family, t, t + pattern.length());
            }
        }
    }

    private static void derive(CueHits hits, CueFamily derived, CueFamily anchor, boolean condition) {
        int anchorHit = hits.firstHit(anchor);
        if (condition && anchorHit >= 0) {
            hits.add(derived, hits.start[anchorHit], hits.end[anchorHit]);
        }
    }

    private boolean negated(TokenBuffer tokens, int t) {
        return negatorBefore(tokens, t) >= 0;
    }

    /** The negator within two tokens before token {@code t} (the farthest one), or -1. */
    int negatorBefore(TokenBuffer tokens, int t) {
        for (int back = Math.max(0, t - 2); back < t; back++) {
            if (negators.matches(tokens, back)) {
                return back;
            }
        }
        return -1;
    }

    private static CueMatcher load() {
        List<CuePattern> patterns = new ArrayList<>();
        TokenBuffer scratch = IntentTokeniser.newBuffer();
        long fingerprint = TokenBuffer.FNV_OFFSET;
        try (InputStream in = CueMatcher.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("cue pattern resource " + RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNumber = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNumber++;
                fingerprint = (fingerprint ^ TokenBuffer.hashOf(line)) * TokenBuffer.FNV_PRIME;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split("\\s+", 2);
                if (parts.length < 2) {
                    throw new IllegalStateException(RESOURCE + ":" + lineNumber + ": expected '<family> <pattern>'");
                }
                patterns.add(CuePattern.compile(CueFamily.byName(parts[0]), parts[1], scratch, RESOURCE + ":" + lineNumber));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        CuePattern.Element negators = CuePattern.Element.compile(
                "pas|not|never|jamais|no|dont|doesnt|didnt|isnt|wasnt|arent|werent|aucun|aucune|sans|nothing|rien", scratch, "negators");
        return new CueMatcher(CueIndex.of(patterns), negators, fingerprint);
    }
}
