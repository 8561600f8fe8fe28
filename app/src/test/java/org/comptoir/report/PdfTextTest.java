package org.comptoir.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Emoji in post text are dropped from the PDF cleanly (no boxes, no '#'), French text kept: read back with poppler's pdftotext. */
class PdfTextTest {
    static final String LINE = "Panne 😡🔥 chez Grelot ✨ 👍🏽 🇫🇷 👨‍👩‍👧 1️⃣ « déçu », cœur 10 € fin";

    @TempDir
    Path dir;

    @Test
    void emojiAreDroppedAndFrenchIsKept() {
        assertThat(PdfText.printable(LINE)).isEqualTo("Panne  chez Grelot     1 « déçu », cœur 10 € fin");
    }

    @Test
    void aPdfWithEmojiPrintsNoPlaceholderForThem() throws Exception {
        byte[] pdf = Reports.toPdf("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"/></head><body><p>" + ReportHtml.escape(LINE)
                + "</p></body></html>");
        Path file = dir.resolve("emoji.pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        String oneLine = text.replaceAll("\\s+", " ").strip();
        assertThat(oneLine).isEqualTo("Panne chez Grelot 1 « déçu », cœur 10 € fin");
        assertThat(oneLine).doesNotContain("#").doesNotContain("?").doesNotContain("\uFFFD");
    }
}
