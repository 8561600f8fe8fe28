package org.comptoir.enrich.text;

import java.util.List;
import java.util.Set;

/**
 * Marks negation cues and the tokens they govern. A cue opens a scope over the next
 * {@value #SCOPE} word-like tokens; a scope ends early at punctuation, at an emoji or emoticon, or at a
 * contrastive conjunction ({@code mais}, {@code but}). Some words are cues only inside an open scope:
 * French {@code plus}, {@code personne} and {@code point} after {@code ne}, so that {@code plus de}
 * stays positive while {@code ne … plus} negates.
 */
final class NegationScope {

    static final int SCOPE = 4;

    private static final Set<String> EN = Set.of("not", "no", "never", "cannot", "nothing", "nobody", "none", "nor",
            "neither", "nowhere", "without", "dont", "cant", "wont", "isnt", "arent", "doesnt", "didnt", "wasnt",
            "werent", "couldnt", "shouldnt", "wouldnt", "aint", "hasnt", "havent", "hadnt", "mustnt", "neednt");
    private static final Set<String> FR = Set.of("ne", "n'", "pas", "jamais", "rien", "aucun", "aucune", "sans", "ni",
            "nul", "nulle", "guere", "non");
    private static final Set<String> FR_INSIDE = Set.of("plus", "personne", "point");
    private static final Set<String> ES = Set.of("no", "nunca", "jamas", "nada", "ni", "tampoco", "nadie", "sin",
            "ningun", "ninguna", "ninguno");
    private static final Set<String> IT = Set.of("non", "mai", "niente", "nulla", "senza", "nessun", "nessuno",
            "nessuna", "neanche", "nemmeno", "neppure");
    private static final Set<String> PT = Set.of("nao", "nunca", "jamais", "nada", "nem", "sem", "ninguem", "nenhum",
            "nenhuma");
    private static final Set<String> DE = Set.of("nicht", "kein", "keine", "keinen", "keiner", "keinem", "keines", "nie",
            "niemals", "nichts", "ohne", "weder", "niemand", "nix");
    private static final Set<String> BREAKS = Set.of("mais", "but", "pero", "sino", "aber", "sondern", "mas",
            "however", "though", "although", "cependant", "pourtant", "toutefois");

    private NegationScope() {
    }

    static void apply(List<Token> tokens, String lang) {
        Set<String> openers = openers(lang);
        boolean french = "fr".equals(lang) || "und".equals(lang);
        int remaining = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            switch (t.type()) {
                case WORD -> {
                    String w = t.normalized();
                    if (isOpener(w, openers, lang) || (remaining > 0 && french && FR_INSIDE.contains(w))) {
                        tokens.set(i, new Token(t.text(), w, TokenType.NEGATION_CUE, false, t.elongated(),
                                t.start(), t.end()));
                        remaining = SCOPE;
                    } else if (BREAKS.contains(w)) {
                        remaining = 0;
                    } else if (remaining > 0) {
                        tokens.set(i, t.asNegated());
                        remaining--;
                    }
                }
                case PUNCTUATION, EMOJI, EMOTICON -> remaining = 0;
                case HASHTAG, HASHTAG_PART -> {
                }
                default -> remaining = Math.max(0, remaining - 1);
            }
        }
    }

    private static boolean isOpener(String w, Set<String> openers, String lang) {
        if (openers.contains(w)) {
            return true;
        }
        boolean english = "en".equals(lang) || "und".equals(lang);
        return english && w.length() > 3 && w.endsWith("n't");
    }

    private static Set<String> openers(String lang) {
        return switch (lang) {
            case "en" -> EN;
            case "fr" -> FR;
            case "es" -> ES;
            case "it" -> IT;
            case "pt" -> PT;
            case "de" -> DE;
            default -> UND;
        };
    }

    private static final Set<String> UND = union();

    private static Set<String> union() {
        java.util.HashSet<String> all = new java.util.HashSet<>(EN);
        all.addAll(FR);
        all.remove("dont");
        return Set.copyOf(all);
    }
}
