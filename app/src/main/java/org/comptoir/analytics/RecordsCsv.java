package org.comptoir.analytics;

import org.comptoir.csv.CsvCells;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.StringJoiner;

/**
 * Analytics rows as CSV (RFC 4180: a header, CRLF, every field quoted when it holds a comma, quote or line
 * break; lists joined with {@code |}; cells starting like a formula prefixed with {@code '}), column names in snake_case.
 */
public final class RecordsCsv {
    private RecordsCsv() {
    }

    public static String write(List<? extends Record> rows, Class<? extends Record> type) {
        RecordComponent[] components = type.getRecordComponents();
        StringBuilder out = new StringBuilder();
        StringJoiner header = new StringJoiner(",");
        for (RecordComponent c : components) {
            header.add(snake(c.getName()));
        }
        out.append(header).append("\r\n");
        for (Record row : rows) {
            StringJoiner line = new StringJoiner(",");
            for (RecordComponent c : components) {
                try {
                    line.add(CsvCells.cell(c.getAccessor().invoke(row)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            out.append(line).append("\r\n");
        }
        return out.toString();
    }

    static String snake(String camel) {
        StringBuilder out = new StringBuilder();
        for (char ch : camel.toCharArray()) {
            if (Character.isUpperCase(ch)) {
                out.append('_').append(Character.toLowerCase(ch));
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
