package org.comptoir.demo;

import java.util.Random;

/**
 * What every writer of the demo generator works with, built once per generation and shared: they all draw
 * from the one {@code random}, so the order of their draws (and nothing else) decides the dataset.
 *
 * @param book      the phrase book the texts are written from
 * @param random    the single source of randomness of the generation
 * @param authors   the people and brand accounts who post
 * @param addresses the URLs of posts, articles and replies
 * @param clock     the 90-day window and the times of day people post at
 */
record WritingKit(PhraseBook book, Random random, AuthorPool authors, Addresses addresses, Clock clock) {
}
