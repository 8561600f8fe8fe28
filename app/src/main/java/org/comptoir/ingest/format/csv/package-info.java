/**
 * CSV import: {@link org.comptoir.ingest.format.csv.CsvReader} streams a delimited file with a header row
 * (delimiter and BOM detected, RFC 4180 quoting), maps columns to fields by name or {@code --map}, and
 * quarantines each bad record with its physical start line.
 */
package org.comptoir.ingest.format.csv;
