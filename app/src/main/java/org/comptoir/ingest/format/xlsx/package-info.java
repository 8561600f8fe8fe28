/**
 * XLSX import: {@link org.comptoir.ingest.format.xlsx.XlsxReader} streams the first sheet of a workbook with
 * Apache POI's SAX event API and maps its rows with the CSV rules
 * ({@link org.comptoir.ingest.format.csv.TableMapper}): same header shapes, {@code --map} and {@code --network}.
 */
package org.comptoir.ingest.format.xlsx;
