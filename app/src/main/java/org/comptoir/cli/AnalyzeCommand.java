package org.comptoir.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.comptoir.enrich.PostAnalyser;
import org.comptoir.enrich.Understanding;
import org.comptoir.post.Analysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code analyze [--format jsonl]}: one post per stdin line, one JSON object per line out, in order.
 * Never stops on bad input: invalid UTF-8 becomes U+FFFD, control characters and huge lines are analysed as text.
 */
@Command(name = "analyze", description = "Read posts from stdin (one per line) and print language, sentiment, "
        + "confidence, intent and evidence as one JSON object per line.")
final class AnalyzeCommand implements Callable<Integer> {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Option(names = "--format", defaultValue = "jsonl", description = "Output format: jsonl (the only one).")
    String format;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("jsonl")) {
            throw new CliException("unknown --format '" + format + "': use jsonl", CliErrors.BAD_INPUT);
        }
        PostAnalyser analyser = PostAnalyser.loadDefault();
        try (PrintStream out = new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false, StandardCharsets.UTF_8)) {
            run(System.in, out, analyser);
        }
        return 0;
    }

    static void run(InputStream in, OutputStream target, PostAnalyser analyser) throws IOException {
        PrintStream out = target instanceof PrintStream print ? print : new PrintStream(target, false, StandardCharsets.UTF_8);
        LineReader lines = new LineReader(in);
        String line;
        while ((line = lines.next()) != null) {
            out.println(toJson(analyser.understand(line, null)));
        }
        out.flush();
    }

    static String toJson(Understanding understanding) {
        Analysis analysis = understanding.analysis();
        ObjectNode node = JSON.createObjectNode();
        node.put("lang", analysis.lang());
        node.put("sentiment", analysis.sentiment().label());
        node.put("confidence", Math.round(analysis.confidence() * 1000) / 1000.0);
        node.put("intent", analysis.intent().label());
        node.put("intent_confidence", Math.round(understanding.intentConfidence() * 1000) / 1000.0);
        node.put("complaint", Math.round(understanding.complaint() * 1000) / 1000.0);
        ArrayNode evidence = node.putArray("evidence");
        analysis.evidence().forEach(evidence::add);
        return JSON.writeValueAsString(node);
    }

    /** Splits a byte stream on LF (dropping a CR before it), decoding each line leniently. */
    static final class LineReader {
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int position;
        private int limit;
        private boolean ended;

        LineReader(InputStream in) {
            this.in = in;
        }

        String next() throws IOException {
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(256);
            while (true) {
                if (position == limit) {
                    if (ended) {
                        return line.size() == 0 ? null : decode(line);
                    }
                    limit = in.read(buffer);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        ended = true;
                        continue;
                    }
                }
                for (int i = position; i < limit; i++) {
                    if (buffer[i] == '\n') {
                        line.write(buffer, position, i - position);
                        position = i + 1;
                        return decode(line);
                    }
                }
                line.write(buffer, position, limit - position);
                position = limit;
            }
        }

        private static String decode(java.io.ByteArrayOutputStream line) {
            byte[] bytes = line.toByteArray();
            int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
            return new String(bytes, 0, length, StandardCharsets.UTF_8);
        }
    }
}
