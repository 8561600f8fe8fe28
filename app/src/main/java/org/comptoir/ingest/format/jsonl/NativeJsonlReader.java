package org.comptoir.ingest.format.jsonl;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.comptoir.ingest.ImportOptions;
import org.comptoir.ingest.NativeJson;
import org.comptoir.ingest.format.FormatReader;
import org.comptoir.ingest.format.JsonRecordReader;
import org.comptoir.ingest.format.RecordEmitter;

/** Reads native JSON lines (one {@link NativeJson} object per line; a JSON array of them also works). */
public final class NativeJsonlReader implements FormatReader {
    private final JsonRecordReader json = new JsonRecordReader(Set.of(),
            (unit, emitter) -> emitter.emit(unit.where(), () -> NativeJson.fromJson(unit.node(), unit.where().rawText())));

    @Override
    public void read(InputStream in, ImportOptions options, RecordEmitter emitter) throws IOException {
        json.read(in, options, emitter);
    }
}
