/**
 * Ingest: turns files and streams from the networks into {@link org.comptoir.post.Post}s, quarantining every
 * bad record with a reason instead of failing or dropping it.
 *
 * <ul>
 *   <li>{@link org.comptoir.ingest.PostFileReader}: detects a file's {@link org.comptoir.ingest.ImportFormat}
 *       and streams its records to a {@link org.comptoir.ingest.RecordSink}.</li>
 *   <li>{@link org.comptoir.ingest.RecordSink}: receives each post, or each {@link org.comptoir.ingest.Rejection}
 *       (source, line, byte offset, reason, raw bytes).</li>
 *   <li>{@link org.comptoir.ingest.ImportOptions}: CSV/XLSX column mappings ({@code --map Message=text}) and the
 *       network of a file without one ({@code --network x}).</li>
 *   <li>{@link org.comptoir.ingest.NativeJson}: reads and writes Comptoir's native JSON post schema.</li>
 *   <li>{@link org.comptoir.ingest.ImportJobs}: the import page's imports, run in the background one at a time,
 *       each an {@link org.comptoir.ingest.ImportJob} with live counts; {@link org.comptoir.ingest.ImportPreview}
 *       (a file's first records as they will be read) and {@link org.comptoir.ingest.ColumnMapping} (the proposed,
 *       editable CSV {@code --map}). {@link org.comptoir.ingest.ImportApiController} also serves these jobs at
 *       {@code /api/v1/import/jobs}, which {@code import --progress} polls through a running server.</li>
 *   <li>{@link org.comptoir.ingest.UnknownFormatException}, {@link org.comptoir.ingest.InvalidRecordException}.</li>
 * </ul>
 * Publishes {@link org.comptoir.ingest.PostsImported} after each import (the audit log records it).
 * Per-format readers live in {@code org.comptoir.ingest.format.*}; docs/import-formats.md documents each mapping.
 */
package org.comptoir.ingest;
