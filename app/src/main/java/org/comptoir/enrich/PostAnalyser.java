package org.comptoir.enrich;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.comptoir.enrich.intent.IntentClassifier;
import org.comptoir.enrich.intent.IntentResult;
import org.comptoir.enrich.language.LanguageDetector;
import org.comptoir.enrich.sentiment.SentimentClassifier;
import org.comptoir.enrich.sentiment.SentimentResult;
import org.comptoir.post.Analysis;
import org.comptoir.post.Intent;
import org.comptoir.post.Sentiment;

/**
 * Understands one text: language (the declared one when it is a plausible code, else detected),
 * sentiment and intent, with the evidence of both. Thread-safe; never throws on any input.
 */
public final class PostAnalyser {
    /** Texts longer than this are analysed on their first characters only (a blog post's opening says enough). */
    static final int MAX_ANALYSED_CHARS = 20_000;
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");

    private final LanguageDetector languages;
    private final SentimentClassifier sentiments;
    private final IntentClassifier intents;

    public PostAnalyser(LanguageDetector languages, SentimentClassifier sentiments, IntentClassifier intents) {
        this.languages = languages;
        this.sentiments = sentiments;
        this.intents = intents;
    }

    /** The models shipped with Comptoir, loaded once. */
    public static PostAnalyser loadDefault() {
        return Holder.DEFAULT;
    }

    public Analysis analyse(CharSequence text, String declaredLang) {
        return understand(text, declaredLang).analysis();
    }

    /** The analysis, with the probability of its intent and the probability that the post is a complaint. */
    public Understanding understand(CharSequence text, String declaredLang) {
        CharSequence input = text == null ? "" : text;
        if (input.length() > MAX_ANALYSED_CHARS) {
            input = input.subSequence(0, MAX_ANALYSED_CHARS);
        }
        String lang = normalise(declaredLang);
        if (lang == null) {
            lang = languages.detect(input);
        }
        SentimentResult sentiment = sentiments.classify(input, lang);
        IntentResult intent = intents.classify(input, lang, sentiment.sentiment(), sentiment.confidence());
        Agreement.Joined j = Agreement.join(sentiment, intent);
        Analysis analysis = new Analysis(lang, j.sentiment(), j.confidence(), j.intent(),
                evidence(j.sentimentEvidence(), j.intentEvidence()), false, Math.round(intent.complaint() * 1000) / 1000.0);
        return new Understanding(analysis, intent.confidence(), intent.complaint());
    }

    private static List<String> evidence(List<String> sentiment, List<String> intent) {
        Set<String> merged = new LinkedHashSet<>();
        merged.addAll(sentiment);
        merged.addAll(intent);
        return new ArrayList<>(merged).subList(0, Math.min(merged.size(), 8));
    }

    static String normalise(String declared) {
        if (declared == null) {
            return null;
        }
        String code = declared.strip().toLowerCase(Locale.ROOT);
        int dash = code.indexOf('-') >= 0 ? code.indexOf('-') : code.indexOf('_');
        if (dash > 0) {
            code = code.substring(0, dash);
        }
        return LANGUAGE_CODE.matcher(code).matches() && !code.equals("und") ? code : null;
    }

    private static final class Holder {
        static final PostAnalyser DEFAULT = new PostAnalyser(LanguageDetector.loadDefault(),
                SentimentClassifier.loadDefault(), IntentClassifier.loadDefault());
    }
}
