package org.comptoir.enrich.intent;

import org.comptoir.post.Intent;

/** One line of a labelled intent file: gold intent, language code, text, and where it came from. */
record LabelledPost(Intent intent, String lang, String text, String source) {

    /** The stratum of the train/test split: intent × language. */
    String stratum() {
        return intent.label() + "/" + lang;
    }
}
