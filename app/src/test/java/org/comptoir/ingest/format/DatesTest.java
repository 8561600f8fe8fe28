package org.comptoir.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.comptoir.ingest.InvalidRecordException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    @ParameterizedTest
    @CsvSource({
            "2026-03-01T10:15:00Z, 2026-03-01T10:15:00Z",
            "2026-03-01T10:15:00.123456Z, 2026-03-01T10:15:00.123456Z",
            "2026-03-01T11:15:00+01:00, 2026-03-01T10:15:00Z",
            "2026-03-01T11:15:00+0100, 2026-03-01T10:15:00Z",
            "2026-03-01 10:15:00, 2026-03-01T10:15:00Z",
            "2026-03-01T10:15, 2026-03-01T10:15:00Z",
            "2026-03-01, 2026-03-01T00:00:00Z"})
    void acceptsIsoInstantsOffsetsAndLocalTimesTakenAsUtc(String value, String expected) {
        assertThat(Dates.parse(value, "created_at")).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"01/03/2026", "yesterday", "1740823500", "2026-13-01T00:00:00Z"})
    void rejectsAnythingElseQuotingTheValue(String value) {
        assertThatThrownBy(() -> Dates.parse(value, "created_at"))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("field 'created_at'")
                .hasMessageContaining("'" + value + "'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sun, 01 Mar 2026 10:15:00 GMT|2026-03-01T10:15:00Z",
            "Sun, 1 Mar 2026 11:15:00 +0100|2026-03-01T10:15:00Z",
            "2026-03-01T10:15:00Z|2026-03-01T10:15:00Z"})
    void acceptsRfc1123InFeeds(String value, String expected) {
        assertThat(Dates.parseFeedDate(value, "pubDate")).isEqualTo(Instant.parse(expected));
    }
}
