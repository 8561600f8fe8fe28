package org.comptoir.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The sections of fictional text the demo is written from, read from the class-path files
 * {@code phrases-fr.txt}, {@code phrases-en.txt} and {@code names.txt} beside this class.
 * A file is a list of {@code [section]} headers each followed by one template per line; lines
 * starting with {@code "# "} are comments (a line starting with {@code #hashtag} is text).
 */
final class PhraseBook {
    private static final List<String> FILES = List.of("phrases-fr.txt", "phrases-en.txt", "names.txt");

    private final Map<String, List<String>> sections;

    private PhraseBook(Map<String, List<String>> sections) {
        this.sections = sections;
    }

    /** Reads the three bundled files; a missing file or a malformed line is a packaging error. */
    static PhraseBook bundled() {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        for (String file : FILES) {
            try (InputStream in = PhraseBook.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("demo phrase file " + file + " is missing from the class path");
                }
                parse(file, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), sections);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read demo phrase file " + file, e);
            }
        }
        return new PhraseBook(sections);
    }

    static void parse(String file, BufferedReader reader, Map<String, List<String>> into) throws IOException {
        List<String> current = null;
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.equals("#") || text.startsWith("# ")) {
                continue;
            }
            if (text.startsWith("[") && text.endsWith("]")) {
                current = into.computeIfAbsent(text.substring(1, text.length() - 1), k -> new ArrayList<>());
            } else if (current == null) {
                throw new IllegalStateException(file + ":" + number + ": text before the first [section]");
            } else {
                current.add(text);
            }
        }
    }

    boolean has(String section) {
        List<String> lines = sections.get(section);
        return lines != null && !lines.isEmpty();
    }

    List<String> lines(String section) {
        List<String> lines = sections.get(section);
        if (lines == null || lines.isEmpty()) {
            throw new IllegalStateException("demo phrase book has no section [" + section + "]");
        }
        return lines;
    }

    String pick(Random random, String section) {
        List<String> lines = lines(section);
        return lines.get(random.nextInt(lines.size()));
    }

    /** Every section name, in file order (used by tests to check that all slots resolve). */
    List<String> sectionNames() {
        return List.copyOf(sections.keySet());
    }
}
