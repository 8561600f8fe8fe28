package org.comptoir.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.comptoir.post.Author;
import org.comptoir.post.Metrics;
import org.comptoir.post.Post;
import org.junit.jupiter.api.Test;

/** Excel workbooks as listening tools export them, written here with POI the way Excel stores cells. */
class XlsxImportTest {

    @Test
    void aBrandwatchWorkbookWithReportRowsImportsLikeItsCsvAndRefusesANumericId() {
        byte[] workbook = workbook(sheet -> {
            row(sheet, 0, "Report:", "Mentions");
            row(sheet, 1, "Brand:", "Fournil");
            row(sheet, 3, "Query Id", "Date", "Title", "Url", "Page Type", "Language", "Author", "Full Name", "Full Text",
                    "Resource Id", "Twitter Followers", "Twitter Likes", "Twitter Retweets", "Twitter Reply Count");
            Row tweet = row(sheet, 4, "2001", null, "", "https://twitter.com/marie_l/status/1763555000000000001", "twitter",
                    "fr", "marie_l", "Marie L.", "Encore une panne chez Fournil", "1763555000000000001");
            dateCell(sheet.getWorkbook(), tweet, 1, LocalDateTime.parse("2026-03-01T10:15:00"));
            tweet.createCell(10).setCellValue(312);
            tweet.createCell(11).setCellValue(3);
            tweet.createCell(12).setCellValue(1);
            tweet.createCell(13).setCellValue(2);
            Row damaged = row(sheet, 5, "2001", "2026-03-02 08:00:00", "", "https://twitter.com/bob/status/1", "twitter",
                    "fr", "bob", "Bob", "un id stocké comme nombre");
            damaged.createCell(9).setCellValue(1763555000000000002d);
            row(sheet, 6, "2001", "2026-03-03 09:00:00", "Un article", "https://news.example/a", "news", "fr", "", "",
                    "Fournil ouvre à Lyon", "");
        });

        CollectingSink sink = CollectingSink.read(workbook, ImportFormat.XLSX);

        assertThat(sink.posts).extracting(Post::id).containsExactly("x:1763555000000000001", "news:https://news.example/a");
        Post tweet = sink.posts.get(0);
        assertThat(tweet.createdAt()).as("a date cell, read as UTC").isEqualTo(Instant.parse("2026-03-01T10:15:00Z"));
        assertThat(tweet.author()).isEqualTo(new Author(null, "@marie_l", "Marie L.", 312L));
        assertThat(tweet.metrics()).isEqualTo(new Metrics(3, 1, 2));
        assertThat(sink.rejections).singleElement().satisfies(r -> {
            assertThat(r.line()).as("the spreadsheet row number").isEqualTo(6);
            assertThat(r.reason()).startsWith("column 'Resource Id' holds '1.763555E18', an id a spreadsheet turned into a "
                    + "floating-point number");
            assertThat(new String(r.raw(), StandardCharsets.UTF_8)).startsWith("[\"2001\",\"2026-03-02 08:00:00\"");
        });
    }

    @Test
    void comptoirColumnsWithNetworkAndMissingCellsImport() {
        byte[] workbook = workbook(sheet -> {
            row(sheet, 0, "id", "text", "created_at", "likes");
            row(sheet, 1, "a1", "Bonjour", "2026-03-01T10:00:00Z", "4");
            row(sheet, 2, "a2", "Sans compteur", "2026-03-01T11:00:00Z");
            row(sheet, 3, "a3", "", "2026-03-01T12:00:00Z", "1");
        });

        CollectingSink without = CollectingSink.read(workbook, ImportFormat.XLSX);
        assertThat(without.posts).isEmpty();
        assertThat(without.rejections).singleElement().satisfies(r ->
                assertThat(r.reason()).contains("required field(s) network").contains("nothing was imported"));

        CollectingSink sink = new CollectingSink();
        read(workbook, new ImportOptions(java.util.Map.of(), "facebook"), sink);
        assertThat(sink.posts).extracting(Post::id).containsExactly("facebook:a1", "facebook:a2");
        assertThat(sink.posts.get(0).metrics().likes()).isEqualTo(4);
        assertThat(sink.rejections).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.reason()).isEqualTo("missing text: column 'text' is empty");
        });
    }

    @Test
    void aLargeSheetIsStreamedRowByRow() {
        int rows = 20_000;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("mentions");
            row(sheet, 0, "id", "network", "text", "created_at");
            for (int i = 1; i <= rows; i++) {
                row(sheet, i, "p" + i, "reddit", "message numéro " + i, "2026-03-01T10:00:00Z");
            }
            workbook.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        CollectingSink sink = CollectingSink.read(bytes.toByteArray(), ImportFormat.XLSX);

        assertThat(sink.rejections).isEmpty();
        assertThat(sink.posts).hasSize(rows);
        assertThat(sink.posts.get(rows - 1).id()).isEqualTo("reddit:p" + rows);
    }

    @Test
    void aFileThatIsNotAWorkbookIsOneRejection() {
        CollectingSink sink = CollectingSink.read("id,network,text,created_at\n".getBytes(StandardCharsets.UTF_8), ImportFormat.XLSX);

        assertThat(sink.posts).isEmpty();
        assertThat(sink.rejections).singleElement().satisfies(r ->
                assertThat(r.reason()).startsWith("not a readable .xlsx workbook").endsWith("nothing was imported from this file"));
    }

    @Test
    void aWorkbookIsDetectedFromItsBytes() throws UnknownFormatException {
        byte[] workbook = workbook(sheet -> row(sheet, 0, "id", "network", "text", "created_at"));

        assertThat(PostFileReader.detect(workbook, "export")).isEqualTo(ImportFormat.XLSX);
        assertThat(PostFileReader.detect(workbook, null)).isEqualTo(ImportFormat.XLSX);
    }

    private static void read(byte[] workbook, ImportOptions options, CollectingSink sink) {
        try {
            new PostFileReader().read(new java.io.ByteArrayInputStream(workbook), "test.xlsx", ImportFormat.XLSX, options, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] workbook(java.util.function.Consumer<Sheet> fill) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(workbook.createSheet("Mentions"));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
        return row;
    }

    private static void dateCell(Workbook workbook, Row row, int column, LocalDateTime value) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
        row.createCell(column).setCellValue(value);
        row.getCell(column).setCellStyle(style);
    }

}
