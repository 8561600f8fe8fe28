package org.comptoir.ingest;

import org.comptoir.csv.CsvCells;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quarantined records of one import as a file: CSV (every cell quoted, formula-like cells defused with
 * {@code '}) or JSON lines (with the raw bytes also in base64, exact even when they are not UTF-8).
 */
final class QuarantineDownload {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private QuarantineDownload() {
    }

    static void csv(List<QuarantineRepository.QuarantinedRecord> records, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write("source,line,offset,reason,raw,received_at\r\n");
        for (QuarantineRepository.QuarantinedRecord r : records) {
            writer.write(String.join(",", cell(r.source()), cell(Long.toString(r.line())), cell(Long.toString(r.offset())),
                    cell(r.reason()), cell(new String(r.raw(), StandardCharsets.UTF_8)), cell(r.receivedAt().toString())));
            writer.write("\r\n");
        }
        writer.flush();
    }

    static void jsonl(List<QuarantineRepository.QuarantinedRecord> records, OutputStream out) throws IOException {
        for (QuarantineRepository.QuarantinedRecord r : records) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("source", r.source());
            line.put("line", r.line());
            line.put("offset", r.offset());
            line.put("reason", r.reason());
            line.put("raw", new String(r.raw(), StandardCharsets.UTF_8));
            line.put("raw_base64", Base64.getEncoder().encodeToString(r.raw()));
            line.put("received_at", r.receivedAt().toString());
            out.write(JSON.writeValueAsBytes(line));
            out.write('\n');
        }
        out.flush();
    }

    /** A quoted CSV cell; one starting like a formula ({@code = + - @}, tab, CR) gets a leading {@code '}. */
    static String cell(String value) {
        return CsvCells.quoted(CsvCells.defused(value == null ? "" : value));
    }
}
