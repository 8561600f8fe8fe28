package org.comptoir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.comptoir.Comptoir;
import org.comptoir.ComptoirApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code comptoir report-schedule}: set, show and remove the schedule offline, then through the server running on the data directory. */
class ReportScheduleCliTest {
    @TempDir
    Path dir;
    String printed;

    @Test
    void setsShowsAndRemovesTheScheduleOfflineAndThroughARunningServer() throws Exception {
        try (Comptoir comptoir = Comptoir.open(dir.resolve("data"))) {
            comptoir.workspaces().create("ws", "ws", null);
            comptoir.alerts().saveNotifier("ws", "equipe", "email", "smtp://127.0.0.1:25?tls=none&from=r@brand.example&to=cm@brand.example", null);
        }
        assertThat(run("report-schedule")).as("none yet").isEqualTo(2);
        assertThat(printed).contains("no report schedule");
        assertThat(run("report-schedule", "--period", "week", "--day", "friday", "--time", "09:30", "--to", "equipe")).isZero();
        assertThat(printed).contains("\"period\":\"week\"").contains("\"day_of_week\":\"friday\"").contains("\"time\":\"09:30\"")
                .contains("\"recipients\":[\"equipe\"]").contains("\"next_due\":\"20");
        assertThat(run("report-schedule", "--period", "week", "--to", "nobody")).isEqualTo(2);
        assertThat(printed).contains("'nobody' is not an email notifier");

        ConfigurableApplicationContext app = ComptoirApplication.start(dir.resolve("data"), 0, "--comptoir.demo=false",
                "--comptoir.reports.schedule=false");
        try {
            assertThat(run("report-schedule")).isZero();
            assertThat(printed).contains("\"day_of_week\":\"friday\"");
            assertThat(run("report-schedule", "--period", "month", "--day-of-month", "28", "--language", "en", "--to", "equipe")).isZero();
            assertThat(printed).contains("\"period\":\"month\"").contains("\"day_of_month\":28").contains("\"language\":\"en\"");
            assertThat(run("report-schedule", "--remove")).isZero();
            assertThat(run("report-schedule")).isEqualTo(2);
        } finally {
            app.close();
        }
    }

    private int run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(sink, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(sink, true, StandardCharsets.UTF_8));
            String[] full = new String[args.length + 4];
            full[0] = "--data";
            full[1] = dir.resolve("data").toString();
            full[2] = "--workspace";
            full[3] = "ws";
            System.arraycopy(args, 0, full, 4, args.length);
            return ComptoirMain.run(full);
        } finally {
            System.setOut(out);
            System.setErr(err);
            printed = sink.toString(StandardCharsets.UTF_8);
        }
    }
}
