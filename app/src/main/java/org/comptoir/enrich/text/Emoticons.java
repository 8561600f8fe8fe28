package org.comptoir.enrich.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** ASCII emoticons, matched longest first, each with a canonical form shared by its variants. */
final class Emoticons {

    private static final Map<String, String> CANONICAL = new HashMap<>();
    private static final Map<Character, List<String>> BY_FIRST_CHAR = new HashMap<>();
    private static final boolean[] ASCII_FIRST = new boolean[128];

    static {
        group(":)", ":)", ":-)", ":]", "=)", ":o)", "(:", "(-:", ":-]", "=]");
        group(":D", ":D", ":-D", "=D", "xD", "XD", "x-D", "X-D", ":d");
        group(";)", ";)", ";-)", ";]", ";D");
        group(":(", ":(", ":-(", ":[", "=(", "):", ")-:", ":-[", ":c");
        group(":'(", ":'(", ":'-(", ";(", ";-(", "T_T", "T.T", ";_;", "QQ");
        group(":')", ":')", ":'-)");
        group(":P", ":P", ":-P", ":p", ":-p", ";P", ";p", "xP", "XP", ":b");
        group(":/", ":/", ":-/", ":\\", ":-\\", "=/", ":s", ":S", ":-S");
        group(":|", ":|", ":-|", "-_-", "-.-", "¬¬", "¬_¬", "-__-");
        group(":o", ":o", ":O", ":-o", ":-O", "o_O", "O_o", "o.O", "O.o", "o_o", "O_O", "0_0", "*_*");
        group(":*", ":*", ":-*", ";*");
        group("<3", "<3", "<33", "<333", "♥");
        group("</3", "</3", "<\\3");
        group("^^", "^^", "^_^", "^-^", "^.^", "n_n");
        group(">:(", ">:(", ">:-(", ">_<", ">.<", "D:", "DX");
        List<String> all = new ArrayList<>(CANONICAL.keySet());
        all.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        for (String form : all) {
            BY_FIRST_CHAR.computeIfAbsent(form.charAt(0), c -> new ArrayList<>()).add(form);
            if (form.charAt(0) < 128) {
                ASCII_FIRST[form.charAt(0)] = true;
            }
        }
    }

    private Emoticons() {
    }

    private static void group(String canonical, String... forms) {
        for (String form : forms) {
            CANONICAL.put(form, canonical);
        }
    }

    /**
     * Length of the emoticon starting at {@code from}, or 0. An emoticon must not be glued to a
     * letter or digit on either side, so {@code :Dupont} and {@code 3:30} are not emoticons.
     */
    static int match(String s, int from) {
        char first = s.charAt(from);
        if (first < 128 ? !ASCII_FIRST[first] : first != '\u2665' && first != '\u00ac') {
            return 0;
        }
        List<String> candidates = BY_FIRST_CHAR.get(first);
        if (candidates == null || (from > 0 && Character.isLetterOrDigit(s.charAt(from - 1)))) {
            return 0;
        }
        for (String form : candidates) {
            if (s.startsWith(form, from)) {
                int end = from + form.length();
                if (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
                    continue;
                }
                return form.length();
            }
        }
        return 0;
    }

    static String canonical(String form) {
        return CANONICAL.getOrDefault(form, form);
    }
}
