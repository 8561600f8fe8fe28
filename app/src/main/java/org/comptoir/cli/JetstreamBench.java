package org.comptoir.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.comptoir.connector.Prefilter;
import org.comptoir.connector.bluesky.JetstreamFilter;
import org.comptoir.ingest.ImportFormat;
import org.comptoir.ingest.PostFileReader;
import org.comptoir.ingest.RecordSink;
import org.comptoir.ingest.Rejection;
import org.comptoir.post.Post;
import org.comptoir.source.Sources;

/**
 * {@code bench jetstream --events FILE}: what the Bluesky connector does to each event on one thread — the raw-text
 * scan ({@link JetstreamFilter}: {@code time_us}, a post creation, the workspace's topic prefilter), then decoding
 * the kept events into posts with ingest's Jetstream reader. The file is read into memory first, so disk is not timed;
 * three warm-up passes, then {@code passes} timed passes over at least 200,000 events each; the median wall-clock rate is
 * the last line's figure, and the median CPU time per event gives the cost of following the stream.
 */
final class JetstreamBench {
    private final Path events;
    private final List<String> topics;
    private final int passes;
    private final PrintStream out;

    JetstreamBench(Path events, List<String> topics, int passes, PrintStream out) {
        this.events = events;
        this.topics = topics;
        this.passes = passes;
        this.out = out;
    }

    void run() throws IOException, CliException {
        if (!Files.isRegularFile(events)) {
            throw new CliException("no such file: " + events, CliErrors.BAD_INPUT);
        }
        List<String> lines = Files.readAllLines(events, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            throw new CliException(events + " holds no event", CliErrors.BAD_INPUT);
        }
        Prefilter prefilter = Sources.prefilterFor(topics);
        int repeat = Math.max(1, 200_000 / lines.size());
        out.printf("%d events in %s, each pass reads them %d times; topics: %s%n", lines.size(), events.getFileName(), repeat, topics);
        long[] kept = new long[2];
        pass(lines, 1, prefilter, kept);
        for (int w = 0; w < 3; w++) {
            pass(lines, repeat, prefilter, new long[2]); // warm-up: lets the JIT compile the scan and the decoder
        }
        out.printf("per pass: %d events, %d post creations the prefilter kept, %d decoded into posts%n", lines.size(), kept[0], kept[1]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] rates = new double[passes];
        double[] cpuRates = new double[passes];
        for (int p = 0; p < passes; p++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            pass(lines, repeat, prefilter, new long[2]);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            rates[p] = lines.size() * (double) repeat / seconds;
            cpuRates[p] = lines.size() * (double) repeat / cpuSeconds;
            out.printf("pass %d: %.0f events/s (wall clock), %.0f events per CPU second%n", p + 1, rates[p], cpuRates[p]);
        }
        Arrays.sort(rates);
        Arrays.sort(cpuRates);
        long median = Math.round(rates[passes / 2]);
        out.printf("following 2,000 events/s takes %.2f %% of one core (median CPU time per event)%n",
                2000.0 / cpuRates[passes / 2] * 100);
        out.println("jetstream_events_per_s=" + median);
    }

    private static void pass(List<String> lines, int repeat, Prefilter prefilter, long[] counts) throws IOException {
        JetstreamFilter filter = new JetstreamFilter(prefilter);
        PostFileReader reader = new PostFileReader();
        List<Post> posts = new ArrayList<>();
        RecordSink sink = new RecordSink() {
            @Override
            public void accept(Post post) {
                posts.add(post);
            }

            @Override
            public void reject(Rejection rejection) {
                // counted as not decoded
            }
        };
        for (int r = 0; r < repeat; r++) {
            StringBuilder batch = new StringBuilder();
            long cursor = 0;
            for (String event : lines) {
                long time = JetstreamFilter.timeUs(event);
                cursor = Math.max(cursor, time);
                if (time < 0 || filter.keep(event)) {
                    batch.append(event).append('\n');
                    counts[0]++;
                }
            }
            posts.clear();
            reader.read(new ByteArrayInputStream(batch.toString().getBytes(StandardCharsets.UTF_8)), "bench", ImportFormat.JETSTREAM, null, sink);
            counts[1] += posts.size();
            if (cursor == 0) {
                throw new IllegalStateException("no time_us in the events");
            }
        }
    }
}
