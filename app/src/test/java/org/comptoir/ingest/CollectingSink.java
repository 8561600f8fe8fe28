package org.comptoir.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.comptoir.post.Post;

/** Test sink keeping everything a reader produced, in order, plus helpers to read fixtures. */
final class CollectingSink implements RecordSink {
    final List<Post> posts = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();

    @Override
    public void accept(Post post) {
        posts.add(post);
    }

    @Override
    public void reject(Rejection rejection) {
        rejections.add(rejection);
    }

    Post post(String id) {
        return posts.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no post " + id + " in " + posts.stream().map(Post::id).toList()));
    }

    static CollectingSink readResource(String name, ImportFormat format) {
        return readResource(name, format, ImportOptions.defaults());
    }

    static CollectingSink readResource(String name, ImportFormat format, ImportOptions options) {
        try (InputStream in = CollectingSink.class.getResourceAsStream("/ingest/" + name)) {
            if (in == null) {
                throw new AssertionError("missing fixture " + name);
            }
            CollectingSink sink = new CollectingSink();
            new PostFileReader().read(in, name, format, options, sink);
            return sink;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CollectingSink read(byte[] bytes, ImportFormat format) {
        return read(bytes, format, Map.of());
    }

    static CollectingSink read(byte[] bytes, ImportFormat format, Map<String, String> columnMap) {
        CollectingSink sink = new CollectingSink();
        try {
            new PostFileReader().read(new ByteArrayInputStream(bytes), "test", format, new ImportOptions(columnMap), sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }

    static CollectingSink read(String text, ImportFormat format) {
        return read(text.getBytes(StandardCharsets.UTF_8), format);
    }

    static byte[] resourceBytes(String name) {
        try (InputStream in = CollectingSink.class.getResourceAsStream("/ingest/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
