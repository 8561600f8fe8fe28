package org.comptoir.ingest.format.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.comptoir.ingest.ImportOptions;
import org.comptoir.ingest.format.FormatReader;
import org.comptoir.ingest.format.Located;
import org.comptoir.ingest.format.RecordEmitter;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an Excel workbook ({@code .xlsx}) like a CSV file: a header row (a known export's
 * header may come after a few report rows), then one post per row. The upload is spooled to a temporary file and
 * the sheet streamed with POI's SAX event API, so memory holds the shared strings and one row, not the sheet.
 * A file that is not a workbook is one rejection for the file.
 */
public final class XlsxReader implements FormatReader {

    @Override
    public void read(InputStream in, ImportOptions options, RecordEmitter emitter) throws IOException {
        Path spool = Files.createTempFile("comptoir-import-", ".xlsx");
        try {
            Files.copy(in, spool, StandardCopyOption.REPLACE_EXISTING);
            readFile(spool, options, emitter);
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    private static void readFile(Path file, ImportOptions options, RecordEmitter emitter) throws IOException {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                emitter.reject(new Located(0, 0, new byte[0]), "the workbook has no sheet; nothing was imported from this file");
                return;
            }
            SheetRows rows = new SheetRows(options, emitter);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new CellText(), false));
                parser.parse(new InputSource(sheet));
            }
            rows.finish();
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            notAWorkbook(emitter, e);
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | org.apache.poi.ooxml.POIXMLException e) {
            notAWorkbook(emitter, e);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidOperationException | org.apache.poi.UnsupportedFileFormatException e) {
            notAWorkbook(emitter, e);
        }
    }

    private static void notAWorkbook(RecordEmitter emitter, Exception e) {
        emitter.reject(new Located(0, 0, new byte[0]), "not a readable .xlsx workbook (" + e.getClass().getSimpleName() + ": "
                + e.getMessage() + "); an old .xls or a CSV renamed .xlsx must be saved as .xlsx or imported as csv; "
                + "nothing was imported from this file");
    }
}
