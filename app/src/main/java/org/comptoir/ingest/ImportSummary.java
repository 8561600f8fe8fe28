package org.comptoir.ingest;

/** Counts of one import; {@link #line()} is the one summary line the CLI prints. */
public record ImportSummary(long imported, long duplicates, long quarantined) {
    public String line() {
        return "imported " + imported + ", duplicates " + duplicates + ", quarantined " + quarantined;
    }

    ImportSummary plus(ImportSummary other) {
        return new ImportSummary(imported + other.imported, duplicates + other.duplicates, quarantined + other.quarantined);
    }
}
