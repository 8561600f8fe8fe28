package org.comptoir.ingest.format.xlsx;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.comptoir.ingest.ImportOptions;
import org.comptoir.ingest.InvalidRecordException;
import org.comptoir.ingest.format.Located;
import org.comptoir.ingest.format.RecordEmitter;
import org.comptoir.ingest.format.csv.TableMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receives a sheet's rows from POI's event parser and maps them with the CSV rules ({@link TableMapper}). Rows
 * before a known export's header are held until the header is found (at most {@link TableMapper#MAX_PREAMBLE_ROWS}).
 * A rejected row is located at its row number ({@code line}); its raw bytes are the row's cells as a JSON array.
 */
final class SheetRows implements SheetContentsHandler {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ImportOptions options;
    private final RecordEmitter emitter;
    private final List<Row> pending = new ArrayList<>();
    private List<String> cells = new ArrayList<>();
    private TableMapper mapper;
    private Row headerRow;
    private boolean headerRejected;

    private record Row(long number, List<String> cells) {
    }

    SheetRows(ImportOptions options, RecordEmitter emitter) {
        this.options = options;
        this.emitter = emitter;
    }

    @Override
    public void startRow(int rowNum) {
        cells = new ArrayList<>();
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
        int column = new CellReference(reference).getCol();
        while (cells.size() < column) {
            cells.add("");
        }
        cells.add(value == null ? "" : value);
    }

    @Override
    public void endRow(int rowNum) {
        if (cells.stream().allMatch(String::isBlank) || headerRejected) {
            return;
        }
        Row row = new Row(rowNum + 1L, cells);
        if (mapper != null) {
            map(row);
        } else if (headerRow == null) {
            headerRow = row;
        } else if (TableMapper.isLaterHeader(headerRow.cells(), row.cells(), options)) {
            headerRow = row;
            pending.clear();
            start();
        } else {
            pending.add(row);
            if (pending.size() >= TableMapper.MAX_PREAMBLE_ROWS || TableMapper.firstRowIsHeader(headerRow.cells(), options)) {
                start();
            }
        }
    }

    void finish() {
        if (mapper == null && headerRow != null && !headerRejected) {
            start();
        }
    }

    private void start() {
        try {
            mapper = TableMapper.of(trimmed(headerRow.cells()), options, (char) 0);
        } catch (InvalidRecordException e) {
            headerRejected = true;
            emitter.reject(locate(headerRow), e.getMessage() + "; nothing was imported from this file");
            return;
        }
        List<Row> before = List.copyOf(pending);
        pending.clear();
        before.forEach(this::map);
    }

    private void map(Row row) {
        List<String> values = new ArrayList<>(row.cells());
        while (values.size() < mapper.width()) {
            values.add("");
        }
        while (values.size() > mapper.width() && values.get(values.size() - 1).isBlank()) {
            values.remove(values.size() - 1);
        }
        Located where = locate(row);
        emitter.emit(where, () -> mapper.map(values, where));
    }

    private static List<String> trimmed(List<String> header) {
        List<String> names = new ArrayList<>(header);
        while (!names.isEmpty() && names.get(names.size() - 1).isBlank()) {
            names.remove(names.size() - 1);
        }
        return names;
    }

    private static Located locate(Row row) {
        return new Located(row.number(), 0, JSON.writeValueAsString(row.cells()).getBytes(StandardCharsets.UTF_8));
    }
}
