package org.comptoir.ingest.format;

import java.io.IOException;
import java.io.InputStream;
import org.comptoir.ingest.ImportOptions;

/** Reads one file format, sending every record to the emitter. Throws only for I/O failures. */
public interface FormatReader {
    void read(InputStream in, ImportOptions options, RecordEmitter emitter) throws IOException;
}
