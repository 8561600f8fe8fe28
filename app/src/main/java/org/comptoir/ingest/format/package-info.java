/**
 * Machinery shared by the format readers: {@link org.comptoir.ingest.format.FormatReader} (one per format,
 * in sub-packages), {@link org.comptoir.ingest.format.RecordEmitter} (turns mapping errors into located
 * rejections), {@link org.comptoir.ingest.format.JsonRecordReader} (streaming JSON lines or documents with
 * exact record positions and bytes), {@link org.comptoir.ingest.format.FormatSniffer} (format detection),
 * and field helpers for dates, languages, HTML to text, strict UTF-8 and typed JSON access.
 */
package org.comptoir.ingest.format;
