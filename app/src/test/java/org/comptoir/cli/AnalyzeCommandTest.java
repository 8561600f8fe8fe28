package org.comptoir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.comptoir.enrich.PostAnalyser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AnalyzeCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void writesOneJsonObjectPerInputLineInOrderWhateverTheInput() throws Exception {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.write("Encore une panne 😡 je ne recommande plus\n".getBytes(StandardCharsets.UTF_8));
        input.write("\n".getBytes(StandardCharsets.UTF_8));
        input.write(new byte[] {(byte) 0xff, (byte) 0xfe, 'o', 'k', '\n'});
        input.write(("x".repeat(1_000_000) + "\n").getBytes(StandardCharsets.UTF_8));
        input.write("contr\u0000ôle\u0007 \u001b[31m rouge\r\n".getBytes(StandardCharsets.UTF_8));
        input.write("I love this new phone, great battery!".getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        AnalyzeCommand.run(new ByteArrayInputStream(input.toByteArray()), output, PostAnalyser.loadDefault());

        List<String> lines = output.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(6);
        List<JsonNode> results = lines.stream().map(JSON::readTree).toList();
        assertThat(results).allSatisfy(r -> {
            assertThat(r.path("sentiment").asString()).isIn("negative", "neutral", "positive");
            assertThat(r.path("intent").asString()).isIn("complaint", "question", "praise", "purchase_intent", "churn_risk", "other");
            assertThat(r.path("confidence").asDouble()).isBetween(0.0, 1.0);
            assertThat(r.path("evidence").isArray()).isTrue();
        });
        assertThat(results.get(0).path("lang").asString()).isEqualTo("fr");
        assertThat(results.get(0).path("sentiment").asString()).isEqualTo("negative");
        assertThat(results.get(1).path("lang").asString()).isEqualTo("und");
        assertThat(results.get(5).path("lang").asString()).isEqualTo("en");
        assertThat(results.get(5).path("sentiment").asString()).isEqualTo("positive");
        assertThat(results.get(0).path("complaint").isNumber()).isTrue();
        assertThat(results.get(0).path("complaint").asDouble()).isGreaterThan(0.5);
        assertThat(results.get(5).path("complaint").asDouble()).isLessThan(0.5);
        assertThat(results.get(1).path("complaint").asDouble()).isZero();
        assertThat(results.get(0).path("intent_confidence").asDouble()).isGreaterThan(0.0);
    }

    @Test
    void evalPrintsTheSummaryLineTheClassTableTheConfusionMatrixAndTheReliabilityCurve() throws Exception {
        Path file = dir.resolve("tiny_en.tsv");
        Files.writeString(file, "positive\tI love it, best coffee ever!\nnegative\tWorst service ever, I hate this\n"
                + "not-a-label\tskipped\nneutral\tThe shop opens at 9 on Monday\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.io.PrintStream original = System.out;
        System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = ComptoirMain.run("eval", "sentiment", file.toString());
        } finally {
            System.setOut(original);
        }
        assertThat(code).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).matches("macro_f1=\\d\\.\\d{4} macro_recall=\\d\\.\\d{4} accuracy=\\d\\.\\d{4} ece=\\d\\.\\d{4} n=3");
        assertThat(lines.get(2)).startsWith("negative");
        assertThat(lines.get(4)).startsWith("positive");
        assertThat(lines).contains("confusion (rows gold, columns predicted)");
        assertThat(lines.stream().filter(l -> l.startsWith("reliability (ece="))).hasSize(1);
    }
}
