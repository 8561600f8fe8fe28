package org.comptoir.demo;

import java.util.List;
import java.util.Random;

/**
 * Makes text look typed on a phone: abbreviations and slang, dropped accents, a lower-case start,
 * a slipped letter, stretched words, insistent punctuation. How much depends on the informality of
 * the place (1 for X, about 0.3 for a blog comment, 0 for an official statement).
 */
final class Typist {
    private static final List<String[]> FRENCH_SHORTCUTS = List.of(
            new String[] {"quelqu'un", "qqn"}, new String[] {"pourquoi", "pk"}, new String[] {"beaucoup", "bcp"},
            new String[] {"toujours", "tjrs"}, new String[] {"vraiment", "vrmt"}, new String[] {"c'est", "c"},
            new String[] {"je suis", "chui"}, new String[] {"tout le monde", "tlm"}, new String[] {"merci", "mrc"},
            new String[] {"aujourd'hui", "ajd"}, new String[] {"je sais pas", "jsp"}, new String[] {"déjà", "deja"},
            new String[] {"s'il vous plaît", "svp"}, new String[] {"trop", "tro"}, new String[] {"après", "apres"});
    private static final List<String[]> ENGLISH_SHORTCUTS = List.of(
            new String[] {"you", "u"}, new String[] {"please", "pls"}, new String[] {"because", "bc"},
            new String[] {"though", "tho"}, new String[] {"really", "rly"}, new String[] {"right now", "rn"},
            new String[] {"thanks", "thx"}, new String[] {"your", "ur"}, new String[] {"people", "ppl"});
    private static final List<String[]> STRETCHES = List.of(
            new String[] {"trop", "troooop"}, new String[] {"bien", "bieeen"}, new String[] {"grave", "graaave"},
            new String[] {"so", "sooo"}, new String[] {"love", "looove"}, new String[] {"nul", "nuuul"},
            new String[] {"top", "toooop"}, new String[] {"merci", "merciii"});

    private Typist() {
    }

    static String type(String text, String lang, double informality, Random random) {
        if (informality <= 0) {
            return text;
        }
        String out = text;
        for (String[] shortcut : lang.equals("fr") ? FRENCH_SHORTCUTS : ENGLISH_SHORTCUTS) {
            if (random.nextDouble() < 0.3 * informality) {
                out = replaceWord(out, shortcut[0], shortcut[1]);
            }
        }
        if (lang.equals("fr") && random.nextDouble() < 0.15 * informality) {
            out = withoutAccents(out);
        }
        if (random.nextDouble() < 0.08 * informality) {
            String[] stretch = STRETCHES.get(random.nextInt(STRETCHES.size()));
            out = replaceWord(out, stretch[0], stretch[1]);
        }
        if (random.nextDouble() < 0.14 * informality) {
            out = slip(out, random);
        }
        if (random.nextDouble() < 0.45 * informality && !out.isEmpty() && Character.isUpperCase(out.charAt(0))
                && !out.startsWith("@") && !out.startsWith("#")) {
            out = Character.toLowerCase(out.charAt(0)) + out.substring(1);
        }
        if (random.nextDouble() < 0.1 * informality) {
            out = out.replace("?", "???").replace("!", "!!!");
        }
        return out;
    }

    /** Replaces the first whole-word occurrence of {@code word}, keeping the text otherwise intact. */
    static String replaceWord(String text, String word, String replacement) {
        int from = 0;
        while (true) {
            int at = text.indexOf(word, from);
            if (at < 0) {
                return text;
            }
            int end = at + word.length();
            boolean startOk = at == 0 || !Character.isLetter(text.charAt(at - 1));
            boolean endOk = end == text.length() || !Character.isLetter(text.charAt(end));
            if (startOk && endOk) {
                return text.substring(0, at) + replacement + text.substring(end);
            }
            from = at + 1;
        }
    }

    static String withoutAccents(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(switch (c) {
                case 'é', 'è', 'ê', 'ë' -> 'e';
                case 'à', 'â' -> 'a';
                case 'ù', 'û' -> 'u';
                case 'ô' -> 'o';
                case 'î', 'ï' -> 'i';
                case 'ç' -> 'c';
                default -> c;
            });
        }
        return out.toString();
    }

    /** Swaps, drops or doubles one inner letter of a longish lower-case word (never a name, handle or hashtag). */
    private static String slip(String text, Random random) {
        String[] words = text.split(" ");
        int start = random.nextInt(words.length);
        for (int k = 0; k < words.length; k++) {
            String w = words[(start + k) % words.length];
            if (w.length() >= 6 && w.chars().allMatch(Character::isLowerCase)) {
                int i = 1 + random.nextInt(w.length() - 3);
                String slipped = switch (random.nextInt(3)) {
                    case 0 -> w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2);
                    case 1 -> w.substring(0, i) + w.substring(i + 1);
                    default -> w.substring(0, i) + w.charAt(i) + w.substring(i);
                };
                words[(start + k) % words.length] = slipped;
                return String.join(" ", words);
            }
        }
        return text;
    }
}
