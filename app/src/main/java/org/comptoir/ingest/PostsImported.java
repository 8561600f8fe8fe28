package org.comptoir.ingest;

/** A file or stream was imported into a workspace; {@code summary} is the line the CLI prints. */
public record PostsImported(String workspace, String source, long imported, long duplicates, long quarantined) {
    public String summary() {
        return new ImportSummary(imported, duplicates, quarantined).line();
    }
}
