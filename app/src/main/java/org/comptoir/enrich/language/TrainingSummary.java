package org.comptoir.enrich.language;

import java.util.SortedMap;

/**
 * What a training run learnt from: texts per language (as read), texts set aside per language because
 * they read as English although filed under another language, texts skipped because they hold no
 * letter at all (only links, handles, emoji or digits), and the size of the written model file.
 */
public record TrainingSummary(SortedMap<String, Integer> textsPerLanguage, SortedMap<String, Integer> setAsideAsEnglish,
                              int textsWithoutLetters, long modelBytes) {
}
