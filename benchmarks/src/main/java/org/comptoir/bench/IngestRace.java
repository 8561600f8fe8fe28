package org.comptoir.bench;

import org.comptoir.cli.ComptoirMain;

/**
 * {@code ./comptoir bench ingest …} with the OpenSearch peer: the same command line as the product's
 * {@code comptoir}, run on the benchmarks module's class path, where {@link OpenSearchPeer} is registered as the
 * {@link org.comptoir.cli.IngestPeer} (META-INF/services). The launcher script runs this main for {@code bench ingest}.
 */
public final class IngestRace {
    private IngestRace() {
    }

    public static void main(String[] args) {
        ComptoirMain.main(args);
    }
}
