package org.comptoir.ingest;

/** Counts of one import; {@link #line()} is the one summary line the CLI prints. */
public record ImportSummary(long imported, long duplicates, long quarantined) {
    public String line() {
        return "imported " + imported + ", duplicates " + duplicates + ", quarantined " + quarantined;
    }
}
