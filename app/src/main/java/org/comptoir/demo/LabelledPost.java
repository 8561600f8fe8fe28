package org.comptoir.demo;

import org.comptoir.post.Intent;
import org.comptoir.post.Post;
import org.comptoir.demo.DemoAuthor.Role;

/**
 * A demo post with the truth the generator wrote it from, for tests and evaluations: the brand it is
 * about ({@code null} for noise), the intent, the real language (even when the network declared none)
 * and why its author speaks.
 */
record LabelledPost(Post post, String brandKey, Intent intent, String lang, Role role, Draft.Moment moment) {
}
