package org.comptoir.store.lucene;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;

/** The analysed text fields of a post and the normalised values of its keyword fields. */
final class PostTextFields {
    /**
     * Analysed text without norms: posts are sorted by date, never ranked by length-normalised
     * relevance, and norms of sparse per-language fields were a large share of indexing time.
     */
    static final FieldType TEXT = textWithoutNorms();

    private static FieldType textWithoutNorms() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }
    private PostTextFields() {
    }

    /** Adds {@code value} to the language, folded and case-sensitive fields of {@code base}. */
    static void add(Document doc, String base, String value, String lang) {
        doc.add(new Field(PostFields.languageField(base, lang), value, TEXT));
        doc.add(new Field(PostFields.folded(base), value, TEXT));
        doc.add(new Field(PostFields.exactCase(base), value, TEXT));
    }

    /** Author values: the handle lower-cased without the leading @, plus the user part of user@instance. */
    static List<String> handleValues(String handle) {
        String normal = normalizeHandle(handle);
        if (normal.isEmpty()) {
            return List.of();
        }
        int at = normal.indexOf('@');
        return at > 0 ? List.of(normal, normal.substring(0, at)) : List.of(normal);
    }

    static String normalizeHandle(String handle) {
        if (handle == null) {
            return "";
        }
        String normal = handle.strip().toLowerCase(Locale.ROOT);
        return normal.startsWith("@") ? normal.substring(1) : normal;
    }

    /** {@code blog.example.org} gives itself and {@code example.org}; a bare top-level domain is never added. */
    static List<String> domains(String host) {
        List<String> out = new ArrayList<>();
        if (host == null || host.isBlank()) {
            return out;
        }
        String rest = host;
        out.add(rest);
        int dot = rest.indexOf('.');
        while (dot > 0 && rest.indexOf('.', dot + 1) > 0) {
            rest = rest.substring(dot + 1);
            out.add(rest);
            dot = rest.indexOf('.');
        }
        return out;
    }

    /** A site value as a user writes it ({@code https://www.Example.org/}) in indexed form ({@code example.org}). */
    static String normalizeSite(String site) {
        String normal = site.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "");
        int slash = normal.indexOf('/');
        normal = slash >= 0 ? normal.substring(0, slash) : normal;
        return normal.startsWith("www.") ? normal.substring(4) : normal;
    }
}
