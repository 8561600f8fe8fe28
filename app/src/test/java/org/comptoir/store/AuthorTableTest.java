package org.comptoir.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AuthorTableTest {
    @Test
    void countsEachColumnApartInEverySelection() {
        AuthorTable table = new AuthorTable(2, 1);
        int row = table.addRow();
        assertThat(table.post(0, row, 0, 5, 100, 0, 1_000)).as("first post is the latest").isTrue();
        assertThat(table.post(0, row, 2, 3, 40, 70, 500)).as("an older post is not").isFalse();
        table.post(0, row, 1, 0, 3_000_000_000L, 70, 2_000);
        table.post(0, row, 3, 0, 0, 127, 2_000);
        table.reply(0, row, true);
        table.reply(0, row, false);
        table.post(1, row, 2, 1, 7, 3, 9);
        assertThat(table.posts(0, row)).isEqualTo(4);
        assertThat(table.negative(0, row)).isEqualTo(1);
        assertThat(table.neutral(0, row)).isEqualTo(1);
        assertThat(table.positive(0, row)).isEqualTo(1);
        assertThat(table.reactions(0, row)).isEqualTo(8);
        assertThat(table.followers(0, row)).as("the largest, capped").isEqualTo(Integer.MAX_VALUE);
        assertThat(table.weeks(0, row)).as("weeks 0, 70 and 127").isEqualTo(3);
        assertThat(table.replies(0, row)).isEqualTo(2);
        assertThat(table.defences(0, row)).isEqualTo(1);
        assertThat(table.posts(1, row)).isEqualTo(1);
        assertThat(table.positive(1, row)).isEqualTo(1);
        assertThat(table.followers(1, row)).isEqualTo(7);
        assertThat(table.replies(1, row)).isZero();
    }

    @Test
    void aReusedBufferStartsEveryRowEmptyAndGrows() {
        long[] dirty = new long[9 * 3 * 2];
        Arrays.fill(dirty, -1L);
        AuthorTable table = new AuthorTable(3, dirty);
        for (int i = 0; i < 100; i++) {
            int row = table.addRow();
            assertThat(table.posts(2, row)).isZero();
            assertThat(table.weeks(0, row)).isZero();
            assertThat(table.followers(1, row)).isZero();
            table.post(2, row, 0, 1, 1, 1, 1);
        }
        assertThat(table.rows()).isEqualTo(100);
        assertThat(table.buffer().length).isGreaterThanOrEqualTo(9 * 3 * 100);
        assertThat(table.posts(2, 99)).isEqualTo(1);
    }
}
