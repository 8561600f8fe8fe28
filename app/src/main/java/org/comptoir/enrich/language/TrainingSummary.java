package org.comptoir.enrich.language;

import java.util.SortedMap;

/**
 * What a training run learnt from: texts per language, texts skipped because they hold no letter
 * at all (only links, handles, emoji or digits), and the size of the written model file.
 */
public record TrainingSummary(SortedMap<String, Integer> textsPerLanguage, int textsWithoutLetters, long modelBytes) {
}
