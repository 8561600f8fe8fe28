package org.comptoir.cli;

import java.util.function.Consumer;
import org.comptoir.ingest.ImportSummary;
import tools.jackson.databind.JsonNode;

/**
 * Follows an import job on a running server until it is done, telling {@code progress} the counts of each new
 * durable commit, as a local import does. Polls every {@value #POLL_MILLIS} ms.
 */
final class RemoteImportJob {
    static final long POLL_MILLIS = 200;

    private final RemoteBackend server;
    private final String workspace;
    private final String id;

    RemoteImportJob(RemoteBackend server, String workspace, String id) {
        this.server = server;
        this.workspace = workspace;
        this.id = id;
    }

    ImportSummary await(Consumer<ImportSummary> progress) throws CliException {
        ImportSummary last = new ImportSummary(0, 0, 0);
        while (true) {
            JsonNode job = server.importJob(workspace, id);
            ImportSummary counts = new ImportSummary(job.path("imported").asLong(), job.path("duplicates").asLong(),
                    job.path("quarantined").asLong());
            String state = job.path("state").asString("");
            if (state.equals("failed")) {
                throw new CliException("import failed on the server: " + job.path("failure").asString("unknown reason"));
            }
            if (!counts.equals(last) || state.equals("done") && last.equals(new ImportSummary(0, 0, 0))) {
                progress.accept(counts);
                last = counts;
            }
            if (state.equals("done")) {
                return counts;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CliException("interrupted while waiting for import job " + id);
            }
        }
    }
}
