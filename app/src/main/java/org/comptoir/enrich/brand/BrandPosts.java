package org.comptoir.enrich.brand;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.comptoir.post.Intent;
import org.comptoir.post.Sentiment;

/**
 * Reads labelled posts in either of two formats, line by line (UTF-8, {@code #} comments and blank
 * lines skipped): the brand-directed format {@code lang<TAB>sentiment<TAB>intent<TAB>complaint<TAB>text}
 * (complaint {@code 1} or {@code 0}), or the research-corpus format {@code sentiment<TAB>text[<TAB>lang]}.
 * A line that fits neither is rejected with its number and reason, never silently.
 */
public final class BrandPosts {
    private BrandPosts() {
    }

    /** The usable posts of a file and the reasons for every rejected line. */
    public record Read(List<BrandPost> posts, List<String> rejected) {
        public Read {
            posts = List.copyOf(posts);
            rejected = List.copyOf(rejected);
        }
    }

    public static Read read(Path file) throws IOException {
        List<BrandPost> posts = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                posts.add(parse(line));
            } catch (IllegalArgumentException e) {
                rejected.add(file.getFileName() + ":" + number + ": " + e.getMessage());
            }
        }
        return new Read(posts, rejected);
    }

    static BrandPost parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length == 5) {
            String complaint = f[3].strip();
            if (!complaint.equals("1") && !complaint.equals("0")) {
                throw new IllegalArgumentException("complaint must be 1 or 0, found '" + complaint + "'");
            }
            return new BrandPost(f[0].strip().toLowerCase(Locale.ROOT), sentiment(f[1]), intent(f[2]),
                    complaint.equals("1"), text(f[4]));
        }
        if (f.length == 2 || f.length == 3) {
            String lang = f.length == 3 && !f[2].isBlank() ? f[2].strip().toLowerCase(Locale.ROOT) : null;
            return new BrandPost(lang, sentiment(f[0]), null, null, text(f[1]));
        }
        throw new IllegalArgumentException("expected lang, sentiment, intent, complaint, text or sentiment, text[, lang]; found "
                + f.length + " fields");
    }

    private static Sentiment sentiment(String label) {
        try {
            return Sentiment.fromLabel(label);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown sentiment '" + label + "'");
        }
    }

    private static Intent intent(String label) {
        try {
            return Intent.fromLabel(label);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown intent '" + label + "'");
        }
    }

    private static String text(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("empty text");
        }
        return text;
    }
}
