package org.comptoir.ingest.format;

import org.comptoir.ingest.InvalidRecordException;
import tools.jackson.databind.JsonNode;

/**
 * Typed access to JSON fields that fails with a quarantine reason naming the field: missing required
 * fields and wrong JSON types ({@code "text": 42}, {@code "author": "marie"}) are errors; a JSON
 * {@code null} counts as missing. {@code label} is the field name shown in reasons ({@code author.followers}).
 */
public final class JsonFields {
    private JsonFields() {
    }

    public static String requiredString(JsonNode obj, String name, String label) {
        JsonNode v = obj.get(name);
        if (v == null || v.isNull()) {
            throw missing(label);
        }
        if (!v.isString()) {
            throw wrongType(label, "a string", v);
        }
        return v.stringValue();
    }

    public static String optionalString(JsonNode obj, String name, String label) {
        JsonNode v = obj == null ? null : obj.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            throw wrongType(label, "a string", v);
        }
        return Texts.blankToNull(v.stringValue());
    }

    /** An id: a non-blank string, or a whole number (some exports write numeric ids). */
    public static String requiredId(JsonNode obj, String name, String label) {
        String id = optionalId(obj, name, label);
        if (id == null) {
            throw obj.has(name) && !obj.get(name).isNull()
                    ? new InvalidRecordException("field '" + label + "' is empty") : missing(label);
        }
        return id;
    }

    public static String optionalId(JsonNode obj, String name, String label) {
        JsonNode v = obj == null ? null : obj.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber()) {
            return v.asString();
        }
        if (!v.isString()) {
            throw wrongType(label, "a string", v);
        }
        return Texts.blankToNull(v.stringValue());
    }

    public static JsonNode optionalObject(JsonNode obj, String name, String label) {
        JsonNode v = obj == null ? null : obj.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            throw wrongType(label, "an object", v);
        }
        return v;
    }

    public static JsonNode optionalArray(JsonNode obj, String name, String label) {
        JsonNode v = obj == null ? null : obj.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isArray()) {
            throw wrongType(label, "an array", v);
        }
        return v;
    }

    /** A counter: missing or null is 0; anything but a non-negative whole number is an error. */
    public static long count(JsonNode obj, String name, String label) {
        Long value = optionalCount(obj, name, label);
        return value == null ? 0 : value;
    }

    public static Long optionalCount(JsonNode obj, String name, String label) {
        JsonNode v = obj == null ? null : obj.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < 0) {
            throw wrongType(label, "a non-negative whole number", v);
        }
        return v.longValue();
    }

    public static InvalidRecordException missing(String label) {
        return new InvalidRecordException("missing required field '" + label + "'");
    }

    public static InvalidRecordException wrongType(String label, String expected, JsonNode v) {
        return new InvalidRecordException("field '" + label + "' must be " + expected + ", got " + describe(v));
    }

    /** {@code number 42}, {@code string "marie"}, {@code object}, {@code array}... */
    public static String describe(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "nothing";
        }
        if (v.isString()) {
            return "string \"" + Texts.preview(v.stringValue()) + "\"";
        }
        if (v.isNumber()) {
            return "number " + v.asString();
        }
        if (v.isBoolean()) {
            return "boolean " + v.asString();
        }
        return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
