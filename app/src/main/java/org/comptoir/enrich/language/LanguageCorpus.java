package org.comptoir.enrich.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the sentiment data set layout as language-labelled texts: files named
 * {@code <source>_<lang>_<split>.tsv} (e.g. {@code xlmt_fr_train.tsv}) with lines {@code label<TAB>text};
 * the language comes from the file name, the sentiment label is ignored. Files are read in name
 * order so results are reproducible. A line without a tab (an empty line included) is rejected with
 * its file and line number.
 */
public final class LanguageCorpus {
    private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9]+_([a-z]{2})_([a-z]+)\\.tsv");

    private LanguageCorpus() {
    }

    /** All texts of the given split ("train" or "val") found in {@code dir}. */
    public static List<LabeledText> read(Path dir, String split) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> splitOf(p).equals(split)).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no *_<lang>_" + split + ".tsv file in " + dir);
        }
        List<LabeledText> texts = new ArrayList<>();
        for (Path file : files) {
            readFile(file, texts);
        }
        return texts;
    }

    private static String splitOf(Path file) {
        Matcher m = FILE_NAME.matcher(file.getFileName().toString());
        return m.matches() ? m.group(2) : "";
    }

    private static void readFile(Path file, List<LabeledText> into) throws IOException {
        Matcher m = FILE_NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            throw new IOException("file name does not follow <source>_<lang>_<split>.tsv: " + file);
        }
        String language = m.group(1);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IOException(file + ":" + number + ": expected label<TAB>text, found no tab");
                }
                into.add(new LabeledText(language, line.substring(tab + 1)));
            }
        }
    }
}
