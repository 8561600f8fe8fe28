/**
 * The demo workspace: a deterministic generator of FICTIONAL posts so a newcomer sees Comptoir work
 * the first time it starts. Données fictives de démonstration / fictional demo data: every brand,
 * person, post, host and event in it is invented; hosts live under the reserved {@code .example}
 * domain and the topics' descriptions say so.
 *
 * <p>The world: three brands (the bakery chain Fournil Dupain, the mobile operator Grelot Mobile,
 * the e-bike maker Pédalune) and two competitors (Levain Vagabond, Moustique Mobile), talked about
 * on X, Mastodon, Bluesky, Reddit, review sites and blogs (RSS), 70 % in French and 30 % in English.
 * Twelve days before the last day, an outage and a clumsy post start the {@code #BoycottGrelot}
 * crisis (two days, volume times ten); forty days before it, Pédalune launches its Comète bike
 * ({@code #PedaluneComete}).
 *
 * <p>Public types:
 * <ul>
 *   <li>{@link org.comptoir.demo.DemoDatasetGenerator}: {@code new DemoDatasetGenerator(seed,
 *       lastDay).generate()}; same seed and last day, same posts.</li>
 *   <li>{@link org.comptoir.demo.DemoDataset}: the posts (sorted by time, {@code analysis}
 *       left null for enrichment) and the topics.</li>
 *   <li>{@link org.comptoir.demo.DemoTopic}: a topic's name, query (Comptoir dialect) and
 *       description.</li>
 *   <li>{@link org.comptoir.demo.DemoDatasetSummary}: prints a dataset's figures (sizes,
 *       networks, languages, crisis and launch days, generation time) for the documentation.</li>
 *   <li>{@link org.comptoir.demo.DemoLoader}: loads the dataset into the {@code demo} workspace on a
 *       data directory's first start.</li>
 *   <li>{@link org.comptoir.demo.DemoAccounts}: one demo user per role, only while the server listens
 *       on loopback.</li>
 * </ul>
 * The text comes from the phrase books {@code phrases-fr.txt}, {@code phrases-en.txt} and
 * {@code names.txt} in the same resource folder; everything else is package-private.
 */
package org.comptoir.demo;
