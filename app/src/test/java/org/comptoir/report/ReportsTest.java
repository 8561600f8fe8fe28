package org.comptoir.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.comptoir.Comptoir;
import org.comptoir.analytics.Figures;
import org.comptoir.enrich.Enricher;
import org.comptoir.pipeline.Pipeline;
import org.comptoir.post.Analysis;
import org.comptoir.post.Author;
import org.comptoir.post.Intent;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import org.comptoir.post.Sentiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report: figures of the week against the week before, charts drawn on the server, a PDF poppler can render, hostile text escaped. */
class ReportsTest {
    static final Instant NOW = Instant.parse("2026-03-31T12:00:00Z");
    static final String HOSTILE = "<script>alert('x')</script> & \"Mallory\"";

    @TempDir
    Path dir;

    @Test
    void theWeeklyPdfHasTheFiguresAgainstThePreviousWeekItsChartsAndEscapesHostileText() throws Exception {
        try (Comptoir comptoir = Comptoir.open(dir, Enricher.none(), Clock.fixed(NOW, ZoneOffset.UTC))) {
            comptoir.workspaces().create("ws", "ws", null);
            comptoir.topics().save("ws", "Us", "alpha", null);
            comptoir.topics().save("ws", "Them", "beta", null);
            List<Post> posts = new ArrayList<>();
            for (int i = 0; i < 37; i++) { // this week: 37 posts, 30 about us
                posts.add(post("now" + i, "@a" + (i % 5), i < 30 ? "alpha fournil panne numéro " + i : "beta pain " + i,
                        NOW.minus(Duration.ofHours(2 + i * 3)), i % 3 == 0 ? Sentiment.NEGATIVE : i % 3 == 1 ? Sentiment.POSITIVE : Sentiment.NEUTRAL));
            }
            for (int i = 0; i < 11; i++) { // the week before: 11 posts
                posts.add(post("before" + i, "@b" + i, "alpha bonjour " + i, NOW.minus(Duration.ofDays(8)).minus(Duration.ofHours(i * 5)),
                        Sentiment.POSITIVE));
            }
            posts.add(post("old", "@c", "alpha ancien", NOW.minus(Duration.ofDays(20)), Sentiment.NEUTRAL));
            Pipeline pipeline = comptoir.pipelines().get("ws");
            pipeline.process(posts);
            pipeline.commit();
            Reports reports = comptoir.reports();

            ReportData data = reports.gather("ws", Period.WEEK, null, Locale.FRENCH);
            assertThat(data.current().count()).isEqualTo(37);
            assertThat(data.previous().count()).isEqualTo(11);
            assertThat(data.current().negative()).isEqualTo(13);
            assertThat(data.current().positive()).isEqualTo(12);
            assertThat(data.shareOfVoice().values()).extracting(Figures.Share::value).containsExactlyInAnyOrder("Us", "Them");
            assertThat(data.previousShare("Us")).isEqualTo(1.0);
            ReportData hostile = withHostileVerbatim(data);
            byte[] pdf = Reports.toPdf(ReportHtml.page(hostile, ReportCharts.of(hostile).dataUris()));

            String text;
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                text = new PDFTextStripper().getText(doc);
            }
            assertThat(text).contains("Rapport de la semaine", "Chiffres clés", "Part de voix", "Pyramide d'engagement");
            assertThat(text).containsPattern("Volume\\s+37\\s+11\\s+\\+26");
            assertThat(text).as("(12 - 13) / 37 against 11 / 11").containsPattern("Sentiment net \\(-100..100\\)\\s+-3\\s+100\\s+-103");
            assertThat(text).as("hostile text shown as text, not read as markup")
                    .contains("<script>alert('x')</script> & \"Mallory\"", "<b>gras</b> <img src=x onerror=alert(1)>");

            Path file = dir.resolve("report.pdf");
            Files.write(file, pdf);
            Process p = new ProcessBuilder("pdftoppm", "-r", "60", "-png", file.toString(), dir.resolve("page").toString())
                    .redirectErrorStream(true).start();
            assertThat(p.waitFor()).isZero();
            File[] pages = dir.toFile().listFiles((d, name) -> name.startsWith("page") && name.endsWith(".png"));
            Arrays.sort(pages);
            assertThat(pages.length).as("pages").isBetween(2, 5);
            for (File page : pages) {
                assertThat(inkedShare(ImageIO.read(page))).as(page.getName() + " is not blank").isGreaterThan(0.01);
            }
            Path doc = Path.of("..", "docs", "reports", "report-week-fr-page1.png");
            Files.createDirectories(doc.getParent());
            Files.copy(pages[0].toPath(), doc, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

            byte[] english = reports.pdf("ws", Period.WEEK, null, Locale.ENGLISH);
            try (PDDocument en = Loader.loadPDF(english)) {
                assertThat(new PDFTextStripper().getText(en)).contains("Weekly report", "Key figures", "Share of voice");
            }
        }
    }

    private static ReportData withHostileVerbatim(ReportData d) {
        List<Figures.Verbatim> verbatims = new ArrayList<>(d.verbatims());
        verbatims.add(0, new Figures.Verbatim("x:1", "<b>gras</b> <img src=x onerror=alert(1)>", "@mallory", HOSTILE, "x", NOW, null,
                "negative", 1.0));
        return new ReportData(d.workspace(), d.period(), d.from(), d.to(), d.zone(), d.locale(), d.current(), d.previous(), d.volume(),
                d.shareOfVoice(), d.previousShareOfVoice(), d.pyramid(), d.previousPyramid(), d.terms(), verbatims, d.alerts(),
                d.objectives());
    }

    /** The share of pixels that are not near-white. */
    private static double inkedShare(BufferedImage image) {
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) < 230 || ((rgb >> 8) & 0xff) < 230 || (rgb & 0xff) < 230) {
                    inked++;
                }
            }
        }
        return inked / (double) (image.getWidth() * image.getHeight());
    }

    static Post post(String id, String handle, String text, Instant at, Sentiment sentiment) {
        return new Post(id, Network.X, null, new Author(id, handle, handle, 10L), text, null, "fr", at, null, null, null,
                new Analysis("fr", sentiment, 0.9, Intent.OTHER, List.of()));
    }
}
