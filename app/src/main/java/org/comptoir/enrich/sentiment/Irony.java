package org.comptoir.enrich.sentiment;

import java.util.List;
import java.util.Set;
import org.comptoir.enrich.text.Token;
import org.comptoir.enrich.text.TokenType;

/**
 * Finds common French and English sarcasm, where praise words mean the opposite: set phrases
 * ({@code merci pour rien}, {@code thanks for nothing}, {@code merci du cadeau}); praise around a failure
 * ({@code Bravo, encore une panne}, {@code Génial, 2h d'attente}, {@code great job, another outage},
 * {@code merci pour les 3h d'attente}); applause after a complaint ({@code 3h d'attente 👏}). A laugh or
 * a sigh ({@code lol}, {@code mdr}, {@code …}, 🙃, 🙄) after the praise is added to the label. Praise or
 * failures inside a negation scope, a contrast ({@code mais}, {@code but}, {@code malgré}) or a word of
 * repair ({@code réparé}, {@code fixed}) mean the praise may be sincere, and nothing is found.
 * {@code super} counts as praise only on its own ({@code Super, encore un retard}), not as an intensifier
 * ({@code super fluide}); a failure that is over ({@code après les bugs}, {@code plus d'attente}) counts not.
 * Works on normalised token forms (lower case, accents folded); stateless and thread-safe.
 */
final class Irony {

    /** What was found: a reader-facing label such as {@code ironie : merci pour rien}. */
    record Match(String label) {
    }

    private static final List<List<String>> PHRASES = List.of(List.of("merci", "pour", "rien"),
            List.of("merci", "du", "cadeau"), List.of("bravo", "pour", "rien"), List.of("thanks", "for", "nothing"),
            List.of("thank", "you", "for", "nothing"), List.of("thanks", "for", "nada"));
    private static final Set<String> PRAISE_FR = Set.of("bravo", "genial", "geniale", "super", "parfait", "parfaite",
            "chapeau", "felicitations", "formidable", "magnifique", "excellent", "merveilleux", "extra", "top");
    private static final Set<String> PRAISE_EN = Set.of("great", "awesome", "brilliant", "perfect", "wonderful",
            "fantastic", "amazing", "lovely", "congrats", "congratulations", "bravo", "super");
    /** Praise that is sarcastic only when it is about the failure: {@code merci pour les 3h d'attente}. */
    private static final Set<String> THANKS = Set.of("merci", "thanks", "thank", "thx");
    private static final Set<String> THANKS_LINK = Set.of("pour", "de", "d'", "du", "for");
    private static final Set<String> POLITE = Set.of("votre", "vos", "your", "patience", "comprehension",
            "understanding", "aide", "help", "reponse", "reply");
    private static final Set<String> FAILURES = Set.of("panne", "pannes", "retard", "retards", "attente", "bug", "bugs",
            "bugue", "plante", "crash", "crashe", "coupure", "coupures", "annule", "annulee", "supprime", "supprimee",
            "bloque", "bloquee", "injoignable", "outage", "outages", "delay", "delays", "delayed", "crashed", "crashes",
            "broken", "cancelled", "canceled", "glitch", "glitches");
    /** Failures that need their neighbour: {@code is down}, {@code on hold}, {@code still waiting}. */
    private static final Set<String> DOWN_BEFORE = Set.of("is", "was", "went", "still", "s", "again");
    /** Words that make a failure a repeat: {@code encore une}, {@code again}, {@code another}. */
    private static final Set<String> REPEATS = Set.of("encore", "again", "another");
    private static final Set<String> OVER = Set.of("apres", "after", "fini", "finis", "finie", "finies", "plus", "zero");
    /** Praise right after a repeat makes it a happy one: {@code another great day}, {@code encore une belle}. */
    private static final Set<String> HAPPY = Set.of("belle", "beau", "bonne", "bon", "grande", "great", "good", "nice",
            "amazing", "awesome", "fantastic", "wonderful", "perfect", "super", "top", "excellent", "magnifique");
    private static final Set<String> ARTICLES = Set.of("un", "une", "des", "ce", "cette", "le", "la", "les", "en");
    private static final Set<String> CONTRASTS = Set.of("mais", "ms", "but", "however", "cependant", "pourtant", "malgre",
            "despite", "although", "though");
    /** Beginnings of repair words: {@code réparé}, {@code réparation}, {@code résolu}, {@code fixed}, {@code restored}. */
    private static final List<String> REPAIRS = List.of("repar", "resol", "retabli", "regle", "corrig", "fix", "resolv",
            "restor", "solved", "sorted");
    private static final Set<String> MARKERS = Set.of("lol", "mdr", "ptdr", "xd", "\u2026", "...", "\uD83D\uDE43",
            "\uD83D\uDE44", "\uD83D\uDE12");
    private static final String CLAP = "\uD83D\uDC4F";

    private Irony() {
    }

    /** The sarcasm found in {@code tokens} (features forms of {@code text}), or null. */
    static Match find(String text, List<Token> tokens, String lang) {
        int n = Math.min(tokens.size(), FeatureExtractor.MAX_TOKENS);
        for (int i = 0; i < n; i++) {
            for (List<String> phrase : PHRASES) {
                if (startsAt(tokens, i, phrase)) {
                    return match(text, tokens, i, i + phrase.size() - 1, -1, french(lang, phrase.get(0)));
                }
            }
        }
        int failure = -1;
        boolean guarded = false;
        for (int i = 0; i < n; i++) {
            guarded |= guard(tokens.get(i).normalized());
            if (failure < 0 && isFailure(tokens, i) || failure >= 0 && isRepeat(tokens, failure) && isFailure(tokens, i)) {
                failure = i;
            }
        }
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (t.negated()) {
                continue;
            }
            String w = t.normalized();
            if (THANKS.contains(w) && thanksForFailure(tokens, i, n) >= 0) {
                return match(text, tokens, i, thanksForFailure(tokens, i, n), marker(tokens, i, n), french(lang, w));
            }
            if (failure < 0 || guarded) {
                continue;
            }
            if (praise(tokens, i, lang) && oneSentence(tokens, i, failure)) {
                return match(text, tokens, Math.min(i, failure), Math.max(i, failure), marker(tokens, i, n),
                        french(lang, w));
            }
            if (w.equals(CLAP) && failure < i && oneSentence(tokens, failure, i)) {
                return match(text, tokens, failure, i, -1, french(lang, w));
            }
        }
        return null;
    }

    private static boolean guard(String word) {
        if (CONTRASTS.contains(word)) {
            return true;
        }
        for (String repair : REPAIRS) {
            if (word.startsWith(repair)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAt(List<Token> tokens, int i, List<String> phrase) {
        if (i + phrase.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!tokens.get(i + k).normalized().equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isFailure(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.negated() || !t.isWordLike() || over(tokens, i)) {
            return false;
        }
        String w = t.normalized();
        String before = i > 0 ? tokens.get(i - 1).normalized() : "";
        String after = i + 1 < tokens.size() ? tokens.get(i + 1).normalized() : "";
        return switch (w) {
            case "down" -> DOWN_BEFORE.contains(before);
            case "hold" -> before.equals("on");
            case "waiting" -> before.equals("still");
            case "encore" -> ARTICLES.contains(after) && !happyAfter(tokens, i);
            case "toujours", "still" -> Set.of("pas", "no", "not").contains(after);
            default -> FAILURES.contains(w);
        };
    }

    /** A failure that is over: {@code après les bugs}, {@code after the outage}, {@code plus d'attente}, {@code fini les retards}. */
    private static boolean over(List<Token> tokens, int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            if (OVER.contains(tokens.get(k).normalized())) {
                return true;
            }
        }
        return false;
    }

    private static boolean happyAfter(List<Token> tokens, int i) {
        for (int k = i + 1; k < Math.min(tokens.size(), i + 4); k++) {
            if (HAPPY.contains(tokens.get(k).normalized())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRepeat(List<Token> tokens, int i) {
        return REPEATS.contains(tokens.get(i).normalized()) || tokens.get(i).normalized().equals("toujours")
                || tokens.get(i).normalized().equals("still");
    }

    /** The failure word right after {@code merci pour}/{@code thanks for} (within five tokens), or -1. */
    private static int thanksForFailure(List<Token> tokens, int i, int n) {
        int k = i + 1;
        if (k < n && tokens.get(k).normalized().equals("you")) {
            k++;
        }
        if (k >= n || !THANKS_LINK.contains(tokens.get(k).normalized())) {
            return -1;
        }
        for (int j = k + 1; j < Math.min(n, k + 6); j++) {
            String w = tokens.get(j).normalized();
            if (POLITE.contains(w) || tokens.get(j).type() == TokenType.PUNCTUATION) {
                return -1;
            }
            if (isFailure(tokens, j) && !REPEATS.contains(w)) {
                return j;
            }
        }
        return -1;
    }

    /** A laugh or sigh after the praise, or -1. */
    private static int marker(List<Token> tokens, int praise, int n) {
        for (int k = praise + 1; k < n; k++) {
            String w = tokens.get(k).normalized();
            if (MARKERS.contains(w) || w.startsWith("\u2026") || w.startsWith("...")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether praise (or applause) at {@code praise} and the failure at {@code failure} are in one sentence:
     * no {@code .}, {@code !} or {@code ?} between them, except an ellipsis right after the praise
     * ({@code Great... the games have been cancelled}).
     */
    private static boolean oneSentence(List<Token> tokens, int praise, int failure) {
        for (int k = Math.min(praise, failure) + 1; k < Math.max(praise, failure); k++) {
            Token t = tokens.get(k);
            boolean stop = t.type() == TokenType.PUNCTUATION
                    && (t.text().contains(".") || t.text().contains("!") || t.text().contains("?"));
            boolean ellipsisAfterPraise = k == praise + 1 && (t.text().startsWith("..") || t.text().startsWith("\u2026"));
            if (stop && !ellipsisAfterPraise) {
                return false;
            }
        }
        return true;
    }

    /** A praise word of the post's language (both lists when the language is neither French nor English). */
    private static boolean praise(List<Token> tokens, int i, String lang) {
        Token t = tokens.get(i);
        if (titleCase(t) && i + 1 < tokens.size() && titleCase(tokens.get(i + 1))) {
            return false;
        }
        String w = t.normalized();
        if (w.equals("super") && i + 1 < tokens.size() && tokens.get(i + 1).isWordLike()) {
            return false;
        }
        boolean french = !"en".equals(lang) && (PRAISE_FR.contains(w) || w.equals("bien") && next(tokens, i, "joue"));
        boolean english = !"fr".equals(lang) && (PRAISE_EN.contains(w) || w.equals("well") && next(tokens, i, "done"));
        return french || english;
    }

    /** {@code Great} in {@code Great Yorkshire Show}: a word of a name, not praise. */
    private static boolean titleCase(Token t) {
        String s = t.text();
        return t.type() == TokenType.WORD && s.length() > 1 && Character.isUpperCase(s.charAt(0))
                && Character.isLowerCase(s.charAt(s.length() - 1));
    }

    private static boolean next(List<Token> tokens, int i, String word) {
        return i + 1 < tokens.size() && tokens.get(i + 1).normalized().equals(word);
    }

    private static boolean french(String lang, String word) {
        if ("fr".equals(lang) || "en".equals(lang)) {
            return "fr".equals(lang);
        }
        return PRAISE_FR.contains(word) || word.equals("merci") || word.equals("bien") || word.equals(CLAP);
    }

    private static Match match(String text, List<Token> tokens, int from, int to, int marker, boolean french) {
        StringBuilder label = new StringBuilder(french ? "ironie : " : "irony: ");
        int last = Math.max(to, marker);
        if (last - from <= 5) {
            label.append(text, tokens.get(from).start(), tokens.get(last).end());
        } else {
            label.append(tokens.get(from).text()).append(" … ").append(tokens.get(to).text());
            if (marker > to) {
                String m = tokens.get(marker).text();
                label.append(m.startsWith(".") || m.startsWith("\u2026") ? "\u2026" : " \u2026 " + m);
            }
        }
        return new Match(label.toString().replaceAll("\\s+", " "));
    }
}
