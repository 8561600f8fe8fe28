package org.comptoir.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bench ingest [--posts-file F --topics-file T]}: end-to-end ingest, matching alone and a plain Lucene Monitor, a one-off
 * import and the OpenSearch peer, side by side; {@code bench corpus --out DIR}: a real-text corpus and its topics;
 * {@code bench analytics --posts N}: p50/p99 of every analytics figure on an N-post workspace, and the export rate;
 * {@code bench jetstream --events FILE}: Jetstream events scanned, prefiltered and decoded per second on one thread.
 */
@Command(name = "bench", description = "Benchmarks that print figures.", subcommands = {BenchCommand.Ingest.class, BenchCommand.Corpus.class, BenchCommand.Analytics.class,
        BenchCommand.Jetstream.class})
final class BenchCommand {
    @ParentCommand
    ComptoirCommand root;

    @Command(name = "ingest", description = "Ingest posts with topics into a temporary data directory (parse → enrich → match → "
            + "index → commit, twice: the second is the steady state), time matching alone against a plain Lucene Monitor at equal "
            + "threads, a one-off import in a fresh JVM, and the OpenSearch peer when the benchmarks module is on the class path. "
            + "Posts and topics are generated unless --posts-file / --topics-file are given.")
    static final class Ingest implements Callable<Integer> {
        @Option(names = "--posts", defaultValue = "100000", description = "Generated posts (ignored with --posts-file).")
        int posts;

        @Option(names = "--topics", defaultValue = "1000", description = "Generated topics (ignored with --topics-file).")
        int topics;

        @Option(names = "--posts-file", paramLabel = "FILE.jsonl", description = "Native JSONL posts to ingest (see bench corpus).")
        Path postsFile;

        @Option(names = "--topics-file", paramLabel = "FILE.txt", description = "Topics, one query per line.")
        Path topicsFile;

        @Option(names = "--match-topics-file", paramLabel = "FILE.txt", description = "Also time matching alone with these topics "
                + "(e.g. topics-10000.txt); the last line's match and monitor figures are then theirs.")
        Path matchTopicsFile;

        @Option(names = "--exec-jar", paramLabel = "JAR", defaultValue = "${sys:comptoir.exec.jar:-app/target/comptoir-exec.jar}",
                description = "The jar the one-off import runs in a child JVM (default: ${DEFAULT-VALUE}; skipped when missing).")
        Path execJar;

        @Option(names = "--launcher", paramLabel = "SCRIPT", defaultValue = "${sys:comptoir.launcher:-}",
                description = "The `comptoir` script the one-off import is run with, as a user runs it (its Java and start-up "
                        + "cache); the launcher passes itself. Without it the child is `java -jar JAR`.")
        String launcher;

        @Option(names = "--no-oneoff", description = "Leave the one-off import in a child process out.")
        boolean noOneoff;

        @Option(names = "--no-peer", description = "Leave the OpenSearch peer out.")
        boolean noPeer;

        @Option(names = "--seed", defaultValue = "7")
        long seed;

        @Option(names = "--no-enrich", description = "Leave enrichment out of the end-to-end figure (the one-off import enriches).")
        boolean noEnrich;

        @Override
        public Integer call() throws Exception {
            if (posts < 1 || topics < 0) {
                throw new CliException("--posts must be at least 1 and --topics at least 0", CliErrors.BAD_INPUT);
            }
            for (Path file : new Path[] {postsFile, topicsFile, matchTopicsFile}) {
                if (file != null && !Files.isRegularFile(file)) {
                    throw new CliException("no such file: " + file, CliErrors.BAD_INPUT);
                }
            }
            Path child = noOneoff ? null : execJar;
            Path script = launcher == null || launcher.isBlank() || noOneoff ? null : Path.of(launcher);
            new IngestBench(new IngestBench.Settings(posts, topics, seed, !noEnrich, postsFile, topicsFile, matchTopicsFile, child,
                    script, !noPeer), System.out).run();
            return 0;
        }
    }

    @Command(name = "corpus", description = "Write a real-text corpus for bench ingest: OUT/posts.jsonl (native JSONL, N posts cycled "
            + "from the tweets of DATA/sentiment/*_train.tsv and *_val.tsv) and OUT/topics-1000.txt, OUT/topics-10000.txt "
            + "(one query per line, from the corpus's words). Deterministic.")
    static final class Corpus implements Callable<Integer> {
        @ParentCommand
        BenchCommand bench;

        @Option(names = "--posts", defaultValue = "100000")
        int posts;

        @Option(names = "--out", required = true, paramLabel = "DIR")
        Path out;

        @Override
        public Integer call() throws Exception {
            if (posts < 1000) {
                throw new CliException("--posts must be at least 1000 (topics are drawn from the posts)", CliErrors.BAD_INPUT);
            }
            Path sentiment = bench.root.data.resolve("sentiment");
            if (!Files.isDirectory(sentiment)) {
                throw new CliException("no directory " + sentiment + ": give --data the folder holding sentiment/ (e.g. ../shared/data)",
                        CliErrors.BAD_INPUT);
            }
            BenchCorpus.write(sentiment, posts, out, System.out);
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
