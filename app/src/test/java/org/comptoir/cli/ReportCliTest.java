package org.comptoir.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comptoir.testing.TestPosts.jsonl;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.comptoir.ComptoirApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code comptoir report}: the same PDF offline and through the server running on the data directory. */
class ReportCliTest {
    @TempDir
    Path dir;

    @Test
    void writesTheWeeksPdfOfflineAndThroughARunningServer() throws Exception {
        Path posts = dir.resolve("posts.jsonl");
        Files.writeString(posts, jsonl("m:1", "Encore une panne #boycott", "fr", "2026-03-01T10:00:00Z") + "\n"
                + jsonl("m:2", "Panne encore #boycott", "fr", "2026-03-02T11:00:00Z") + "\n"
                + jsonl("m:3", "Une panne la semaine d'avant", "fr", "2026-02-20T11:00:00Z") + "\n");
        assertThat(run("import", posts.toString())).isZero();
        Path offline = dir.resolve("offline.pdf");
        assertThat(run("report", "--period", "week", "--to", "2026-03-03", "--out", offline.toString())).isZero();
        assertThat(text(offline)).contains("Rapport de la semaine").containsPattern("Volume\\s+2\\s+1\\s+\\+1");

        ConfigurableApplicationContext app = ComptoirApplication.start(dir.resolve("data"), 0, "--comptoir.demo=false");
        try {
            Path remote = dir.resolve("remote.pdf");
            assertThat(run("report", "--period", "week", "--to", "2026-03-03", "--language", "en", "--out", remote.toString())).isZero();
            assertThat(text(remote)).contains("Weekly report").containsPattern("Volume\\s+2\\s+1\\s+\\+1");
            assertThat(run("report", "--period", "year", "--out", remote.toString())).isEqualTo(2);
        } finally {
            app.close();
        }
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private int run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(sink, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(sink, true, StandardCharsets.UTF_8));
            String[] full = new String[args.length + 2];
            full[0] = "--data";
            full[1] = dir.resolve("data").toString();
            System.arraycopy(args, 0, full, 2, args.length);
            return ComptoirMain.run(full);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
