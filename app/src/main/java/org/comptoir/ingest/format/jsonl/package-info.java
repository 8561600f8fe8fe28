/**
 * Native Comptoir JSON lines: {@link org.comptoir.ingest.format.jsonl.NativeJsonlReader} streams a file of
 * {@link org.comptoir.ingest.NativeJson} records, one per line, quarantining each bad line on its own.
 */
package org.comptoir.ingest.format.jsonl;
