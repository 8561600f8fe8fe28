package org.comptoir.connector.rss;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.comptoir.connector.ConnectorContract;
import org.comptoir.connector.LoopbackFaults;
import org.comptoir.post.Post;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The RSS/Atom connector against a loopback WordPress-like blog: an RSS 2.0 feed whose items announce their
 * comment feeds ({@code wfw:commentRss}), ETag and Last-Modified validators, gzip when asked, a redirect.
 */
class RssConnectorTest extends ConnectorContract {
    private HttpServer server;
    private String base;
    private final List<String> items = new CopyOnWriteArrayList<>();
    private final List<String> comments = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger notModified = new AtomicInteger();
    private final LoopbackFaults faults = new LoopbackFaults();
    private volatile Charset charset = StandardCharsets.UTF_8;
    private volatile int feedLength = Integer.MAX_VALUE; // how many recent items the feed shows

    @Override
    protected URI start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        return URI.create(base);
    }

    @Override
    protected ObjectNode request(URI uri) {
        ObjectNode request = JsonMapper.builder().build().createObjectNode();
        request.put("type", "rss");
        request.put("name", "blog du rail");
        request.put("url", uri + "/old-feed");
        return request;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(exchange.getRequestMethod() + " " + path + " " + exchange.getRequestHeaders().getFirst("Accept-Encoding"));
        LoopbackFaults.Fault fault = path.equals("/old-feed") ? faults.none() : faults.take(); // the redirect is not the answer
        if (fault.answer(exchange, status -> null, null)) {
            return;
        }
        if (fault.cut()) {
            LoopbackFaults.write(exchange, feed(path), true);
            return;
        }
        if (path.equals("/old-feed")) {
            exchange.getResponseHeaders().add("Location", base + "/feed/");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
            return;
        }
        byte[] body = feed(path);
        String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
        exchange.getResponseHeaders().add("ETag", etag);
        exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=" + charset.name());
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            notModified.incrementAndGet();
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        if ("gzip".equals(exchange.getRequestHeaders().getFirst("Accept-Encoding"))) {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (OutputStream gzip = new GZIPOutputStream(zipped)) {
                gzip.write(body);
            }
            body = zipped.toByteArray();
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
        }
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private byte[] feed(String path) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"" + charset.name() + "\"?>\n"
                + "<rss version=\"2.0\" xmlns:wfw=\"http://wellformedweb.org/CommentAPI/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "<channel><title>Le blog du rail</title><link>" + base + "</link><language>fr-FR</language>\n");
        boolean commentFeed = path.startsWith("/comments/");
        List<String> shown = new ArrayList<>(commentFeed ? comments.stream().filter(c -> c.startsWith(path.substring(10) + "#")).toList() : items);
        java.util.Collections.reverse(shown);
        shown = commentFeed ? shown : new ArrayList<>(shown.subList(0, Math.min(shown.size(), feedLength)));
        for (String item : shown) {
            if (item.equals("!malformed")) {
                xml.append("<item><title>Sans lien</title><pubDate>Sun, 01 Mar 2026 09:00:00 +0000</pubDate></item>\n");
                continue;
            }
            String token = commentFeed ? item.substring(item.indexOf('#') + 1) : item;
            String link = commentFeed ? base + "/post/" + item.substring(0, item.indexOf('#')) + "/#comment-" + token : base + "/post/" + token + "/";
            xml.append("<item><title>Billet ").append(token).append("</title><link>").append(link).append("</link>")
                    .append("<dc:creator>Camille</dc:creator><pubDate>Sun, 01 Mar 2026 09:00:00 +0000</pubDate>")
                    .append("<description><![CDATA[panne ").append(token).append(" à la gare, déjà vu]]></description>");
            if (!commentFeed) {
                xml.append("<wfw:commentRss>").append(base).append("/comments/").append(token).append("</wfw:commentRss>");
            }
            xml.append("</item>\n");
        }
        return xml.append("</channel></rss>\n").toString().getBytes(charset);
    }

    @Override
    protected void publish(String... tokens) {
        items.addAll(List.of(tokens));
    }

    @Override
    protected void publishMalformed() {
        items.add("!malformed");
    }

    @Override
    protected void redeliver(String token) {
        // a feed shows its recent items on every answer: they are delivered again by nature
    }

    @Override
    protected String postId(String token) {
        return "rss:" + base + "/post/" + token + "/";
    }

    @Override
    protected void failNext(int status, Map<String, String> headers) {
        faults.failNext(status, headers);
    }

    @Override
    protected void hangNext() {
        faults.hangNext();
    }

    @Override
    protected void disconnectNext() {
        faults.cutNext();
    }

    @Override
    protected void stop() {
        faults.releaseAll();
        server.stop(0);
    }

    @Test
    void aFeedWhoseItemsAreAllNewSinceTheLastPollReportsThatOlderOnesMayHaveScrolledOut() {
        feedLength = 2;
        publish("g1");
        assertThat(poll().stored()).isEqualTo(1);
        publish("g2");
        assertThat(poll().stored()).isEqualTo(1);
        JsonNode none = JsonMapper.builder().build().valueToTree(comptoir.sources().json(source)).path("gaps");
        assertThat(none).as("g1 still shown beside g2: nothing scrolled out").isEmpty();
        publish("g3", "g4", "g5");
        assertThat(poll().stored()).isEqualTo(2);
        assertThat(stored("g3")).as("scrolled out before the poll").isFalse();
        JsonNode gaps = JsonMapper.builder().build().valueToTree(comptoir.sources().json(source)).path("gaps");
        assertThat(gaps).singleElement().satisfies(gap -> {
            assertThat(gap.path("bridged").asBoolean()).isFalse();
            assertThat(gap.path("reason").asString()).contains("none of the 2 items").contains("scrolled out");
            assertThat(gap.path("from").asString()).isEqualTo("2026-03-01T09:00:00Z");
            assertThat(gap.path("to").asString()).isEqualTo("2026-03-01T09:00:00Z");
        });
        publish("g6");
        poll();
        assertThat(JsonMapper.builder().build().valueToTree(comptoir.sources().json(source)).path("gaps")).hasSize(1);
    }

    @Test
    void anUnchangedFeedCostsA304AndStoresNothing() {
        publish("n1");
        assertThat(poll().stored()).isEqualTo(1);
        assertThat(poll().stored()).isZero();
        assertThat(notModified.get()).as("answers 304 Not Modified").isGreaterThanOrEqualTo(1);
        assertThat(requests).as("gzip asked for").allMatch(line -> line.endsWith(" gzip"));
    }

    @Test
    void followsEachArticlesCommentFeedAndThreadsCommentsToTheirArticle() {
        publish("article");
        comments.add("article#45");
        assertThat(poll().stored()).as("the article and its comment").isEqualTo(2);
        Post comment = comptoir.pipelines().get(WORKSPACE).index().get("rss:" + base + "/post/article/#comment-45").orElseThrow().post();
        assertThat(comment.inReplyTo()).isEqualTo(postId("article"));
        comments.add("article#46");
        assertThat(poll().stored()).as("a new comment on an unchanged feed").isEqualTo(1);
    }

    @Test
    void readsAFeedInTheEncodingItsXmlDeclares() {
        charset = Charset.forName("ISO-8859-1");
        publish("latin");
        assertThat(poll().stored()).isEqualTo(1);
        assertThat(comptoir.pipelines().get(WORKSPACE).index().get(postId("latin")).orElseThrow().post().text())
                .isEqualTo("panne latin à la gare, déjà vu");
    }

    @Test
    void findsCommentFeedsInAnyEncoding() {
        byte[] feed = ("<item><wfw:commentRss>https://blog.example/a/feed/?x=1&amp;y=2</wfw:commentRss></item>"
                + "<item><commentRss>https://blog.example/b/feed/</commentRss></item>").getBytes(StandardCharsets.UTF_8);
        assertThat(RssConnector.commentFeeds(feed)).containsExactly("https://blog.example/a/feed/?x=1&y=2", "https://blog.example/b/feed/");
    }
}
