/**
 * Writing CSV safely ({@link org.comptoir.csv.CsvCells}): the one formula-defusing and quoting rule every
 * export shares. Depends on no feature. Reading CSV files is the importer's ({@code ingest.format.csv}).
 */
package org.comptoir.csv;
