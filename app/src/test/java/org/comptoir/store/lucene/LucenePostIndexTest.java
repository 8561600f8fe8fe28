package org.comptoir.store.lucene;

import java.nio.file.Path;
import org.comptoir.store.PostIndex;
import org.comptoir.store.PostIndexContract;
import org.junit.jupiter.api.io.TempDir;

class LucenePostIndexTest extends PostIndexContract {
    @TempDir
    Path dir;

    @Override
    protected PostIndex openIndex() {
        return new LucenePostIndex(dir.resolve("index"));
    }

    @Override
    protected PostIndex reopen(PostIndex current) {
        current.close();
        return new LucenePostIndex(dir.resolve("index"));
    }
}
