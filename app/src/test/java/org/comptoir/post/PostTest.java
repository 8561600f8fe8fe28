package org.comptoir.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PostTest {
    @Test
    void siteIsTheHostWithoutWww() {
        Post post = new Post("rss:1", Network.RSS, "https://www.Example.org/a?b=1", null, "x", null, null,
                Instant.EPOCH, null, null, null, null);
        assertThat(post.site()).isEqualTo("example.org");
        assertThat(post.author()).isEqualTo(Author.UNKNOWN);
    }

    @Test
    void twitterIsTheXNetwork() {
        assertThat(Network.of(" Twitter ")).isEqualTo(Network.X);
    }
}
