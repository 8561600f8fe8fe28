package org.comptoir.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bench ingest --posts N --topics K}: end-to-end ingest, matching alone and a plain Lucene Monitor, side by side;
 * {@code bench analytics --posts N}: p50/p99 of every analytics figure on an N-post workspace, and the export rate;
 * {@code bench jetstream --events FILE}: Jetstream events scanned, prefiltered and decoded per second on one thread.
 */
@Command(name = "bench", description = "Benchmarks that print figures.", subcommands = {BenchCommand.Ingest.class, BenchCommand.Analytics.class,
        BenchCommand.Jetstream.class})
final class BenchCommand {
    @ParentCommand
    ComptoirCommand root;

    @Command(name = "ingest", description = "Ingest N generated posts with K topics into a temporary data directory "
            + "(parse → enrich → match → index → commit), then time matching alone and a plain Lucene Monitor.")
    static final class Ingest implements Callable<Integer> {
        @Option(names = "--posts", defaultValue = "100000")
        int posts;

        @Option(names = "--topics", defaultValue = "1000")
        int topics;

        @Option(names = "--seed", defaultValue = "7")
        long seed;

        @Option(names = "--no-enrich", description = "Leave enrichment out of the end-to-end figure.")
        boolean noEnrich;

        @Override
        public Integer call() throws Exception {
            if (posts < 1 || topics < 0) {
                throw new CliException("--posts must be at least 1 and --topics at least 0", CliErrors.BAD_INPUT);
            }
            new IngestBench(posts, topics, seed, !noEnrich, System.out).run();
            return 0;
        }
    }

    @Command(name = "analytics", description = "Build (or reuse) an N-post workspace in the data directory from the demo generator, "
            + "then print p50/p99 latency of 100 varied requests per analytics figure and the CSV export rate.")
    static final class Analytics implements Callable<Integer> {
        @picocli.CommandLine.ParentCommand
        BenchCommand bench;

        @Option(names = "--posts", defaultValue = "1000000")
        int posts;

        @Override
        public Integer call() throws Exception {
            if (posts < 1) {
                throw new CliException("--posts must be at least 1", CliErrors.BAD_INPUT);
            }
            if (org.comptoir.web.ServerFile.runningServer(bench.root.data).isPresent()) {
                throw new CliException("stop the server on " + bench.root.data + " first: the benchmark opens the data directory itself");
            }
            try (org.comptoir.Comptoir comptoir = org.comptoir.Comptoir.open(bench.root.data,
                    org.comptoir.enrich.Enricher.standard(), java.time.Clock.systemUTC())) {
                new AnalyticsBench(comptoir, posts, System.out).run();
            }
            return 0;
        }
    }

    @Command(name = "jetstream", description = "Scan, prefilter (by topic words) and decode recorded Jetstream events on one thread; "
            + "last line jetstream_events_per_s=<n>.")
    static final class Jetstream implements Callable<Integer> {
        @Option(names = "--events", required = true, paramLabel = "FILE", description = "Jetstream events, one JSON per line.")
        java.nio.file.Path events;

        @Option(names = "--topic", paramLabel = "QUERY", description = "A topic query of the workspace (repeatable; "
                + "default: three topics of a rail and bakery brand).")
        java.util.List<String> topics;

        @Option(names = "--passes", defaultValue = "5")
        int passes;

        @Override
        public Integer call() throws Exception {
            if (passes < 1) {
                throw new CliException("--passes must be at least 1", CliErrors.BAD_INPUT);
            }
            java.util.List<String> queries = topics != null ? topics
                    : java.util.List.of("sncf OR ratp OR \"service client\"", "fournil OR boulangerie OR baguette", "#grève OR grève");
            new JetstreamBench(events, queries, passes, System.out).run();
            return 0;
        }
    }
}
