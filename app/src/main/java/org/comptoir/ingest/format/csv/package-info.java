/**
 * CSV import: {@link org.comptoir.ingest.format.csv.CsvReader} streams a delimited file with a header row
 * (delimiter and BOM detected, RFC 4180 quoting, report lines before a known export's header skipped), maps columns
 * to fields by {@code --map}, by name or by a recognised {@link org.comptoir.ingest.format.csv.ExportShape} (twarc2,
 * Twitter archive, Brandwatch, Talkwalker, Meltwater, Mention), takes {@code --network} for a file without one,
 * refuses ids a spreadsheet turned into floats, and quarantines each bad record with its physical start line.
 * {@link org.comptoir.ingest.format.csv.TableMapper} applies the same rules to spreadsheet rows (XLSX).
 */
package org.comptoir.ingest.format.csv;
