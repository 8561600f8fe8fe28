package org.comptoir.search;

import org.comptoir.csv.CsvCells;
import java.util.List;
import java.util.StringJoiner;
import org.comptoir.post.Post;
import org.comptoir.store.StoredPost;

/**
 * Posts as CSV (RFC 4180, UTF-8, CRLF): the native schema flattened, plus topics and enrichment. Every
 * field is quoted when it holds a comma, quote or line break; a cell starting like a spreadsheet formula
 * ({@code = + - @}) gets a leading {@code '} so opening the file never runs one. Columns: docs/import-formats.md.
 */
public final class PostCsv {
    public static final String HEADER = "id,network,created_at,author_id,author_handle,author_name,author_followers,url,lang,"
            + "title,text,in_reply_to,likes,reposts,replies,topics,sentiment,intent,confidence,corrected\r\n";

    private PostCsv() {
    }

    public static String row(StoredPost stored) {
        Post p = stored.post();
        var a = p.analysis();
        StringJoiner row = new StringJoiner(",", "", "\r\n");
        for (Object value : List.of(p.id(), p.network().name(), p.createdAt().toString(), nullable(p.author().id()),
                nullable(p.author().handle()), nullable(p.author().name()), nullable(p.author().followers()), nullable(p.url()),
                p.effectiveLang(), nullable(p.title()), p.text(), nullable(p.inReplyTo()), p.metrics().likes(), p.metrics().reposts(),
                p.metrics().replies(), String.join("|", stored.topics()),
                a == null || a.sentiment() == null ? "" : a.sentiment().label(), a == null || a.intent() == null ? "" : a.intent().label(),
                a == null ? "" : a.confidence(), a != null && a.corrected())) {
            row.add(CsvCells.cell(value));
        }
        return row.toString();
    }

    private static Object nullable(Object value) {
        return value == null ? "" : value;
    }

}
