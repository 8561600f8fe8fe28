package org.comptoir.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.comptoir.post.Intent;
import org.comptoir.post.Network;
import org.comptoir.post.Post;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoDatasetGeneratorTest {
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 3, 31);
    private static final Instant START = LAST_DAY.minusDays(89).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant END = LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private static DemoDataset dataset;
    private static List<LabelledPost> labelled;
    private static Map<String, Post> byId;

    @BeforeAll
    static void generateOnce() {
        DemoDatasetGenerator generator = new DemoDatasetGenerator(DemoDatasetGenerator.DEFAULT_SEED, LAST_DAY);
        dataset = generator.generate();
        labelled = generator.generateLabelled();
        byId = new HashMap<>();
        dataset.posts().forEach(p -> byId.put(p.id(), p));
    }

    @Test
    void generatesAtLeastTwentyThousandPosts() {
        assertThat(dataset.posts()).hasSizeGreaterThanOrEqualTo(20_000);
    }

    @Test
    void spansTheNinetyDaysEndingOnTheLastDay() {
        Map<LocalDate, Long> perDay = perDay(p -> true);
        assertThat(dataset.posts()).allSatisfy(p ->
                assertThat(p.createdAt()).isAfterOrEqualTo(START).isBefore(END));
        assertThat(perDay).hasSize(90).containsKeys(LAST_DAY, LAST_DAY.minusDays(89));
    }

    @Test
    void sortsPostsByTimeThenId() {
        List<Post> posts = dataset.posts();
        for (int i = 1; i < posts.size(); i++) {
            Post a = posts.get(i - 1);
            Post b = posts.get(i);
            assertThat(a.createdAt().isBefore(b.createdAt())
                    || a.createdAt().equals(b.createdAt()) && a.id().compareTo(b.id()) < 0).isTrue();
        }
    }

    @Test
    void writesSeventyPercentFrenchAndThirtyPercentEnglish() {
        List<Post> declared = dataset.posts().stream().filter(p -> p.lang() != null).toList();
        double declaredFrench = share(declared, p -> p.lang().equals("fr"));
        double trueFrench = labelled.stream().filter(l -> l.lang().equals("fr")).count() / (double) labelled.size();
        double undeclared = share(dataset.posts(), p -> p.lang() == null);
        assertThat(declaredFrench).isBetween(0.65, 0.75);
        assertThat(trueFrench).isBetween(0.65, 0.75);
        assertThat(undeclared).isBetween(0.07, 0.13);
        assertThat(declared).allSatisfy(p -> assertThat(p.lang()).isIn("fr", "en"));
    }

    @Test
    void leavesAnalysisToEnrichment() {
        assertThat(dataset.posts()).allSatisfy(p -> assertThat(p.analysis()).isNull());
    }

    @Test
    void publishesOnEveryNetworkWithNetworkPrefixedIds() {
        Set<String> networks = dataset.posts().stream().map(p -> p.network().name()).collect(Collectors.toSet());
        assertThat(networks).containsExactlyInAnyOrder("x", "mastodon", "bluesky", "rss", "reddit", "review");
        assertThat(dataset.posts()).allSatisfy(p -> assertThat(p.id()).startsWith(p.network().name() + ":"));
    }

    @Test
    void givesEveryPostAUniqueId() {
        assertThat(byId).hasSameSizeAs(dataset.posts());
    }

    @Test
    void placesEveryUrlOnAFictionalHost() {
        assertThat(dataset.posts()).allSatisfy(p -> {
            assertThat(p.url()).startsWith("https://");
            assertThat(URI.create(p.url()).getHost()).endsWith(".example");
        });
    }

    @Test
    void writesHandlesInEachNetworksStyle() {
        Map<String, List<String>> handles = dataset.posts().stream().filter(p -> p.author().handle() != null)
                .collect(Collectors.groupingBy(p -> p.network().name(),
                        Collectors.mapping(p -> p.author().handle(), Collectors.toList())));
        assertThat(handles.get("mastodon")).allMatch(h -> h.matches("@[\\w.]+@[\\w.-]+\\.example"));
        assertThat(handles.get("bluesky")).allMatch(h -> h.matches("@[\\w.-]+\\.example"));
        assertThat(handles.get("x")).allMatch(h -> h.matches("@\\w+"));
        assertThat(handles.get("reddit")).allMatch(h -> h.startsWith("u/"));
    }

    @Test
    void pointsEveryReplyToAnEarlierPostOfTheSameNetwork() {
        List<Post> replies = dataset.posts().stream().filter(p -> p.inReplyTo() != null).toList();
        assertThat(replies.size()).isGreaterThan(dataset.posts().size() / 5);
        assertThat(replies).allSatisfy(reply -> {
            Post parent = byId.get(reply.inReplyTo());
            assertThat(parent).as("parent of %s", reply.id()).isNotNull();
            assertThat(parent.createdAt()).isBefore(reply.createdAt());
            assertThat(parent.network()).isEqualTo(reply.network());
        });
    }

    @Test
    void letsEachBrandAnswerFromItsOfficialAccountAfterAHumanDelay() {
        for (DemoBrand brand : DemoWorld.BRANDS) {
            String handle = brand.officialHandle(Network.X);
            List<Duration> delays = dataset.posts().stream()
                    .filter(p -> handle.equals(p.author().handle()) && p.inReplyTo() != null)
                    .map(p -> Duration.between(byId.get(p.inReplyTo()).createdAt(), p.createdAt())).sorted().toList();
            assertThat(delays).as(brand.name()).hasSizeGreaterThan(30);
            assertThat(delays.get(0)).isGreaterThanOrEqualTo(Duration.ofMinutes(1));
            Duration median = delays.get(delays.size() / 2);
            assertThat(median).as(brand.name()).isBetween(Duration.ofMinutes(15), Duration.ofHours(8));
        }
    }

    @Test
    void answersMoreSlowlyDuringTheCrisis() {
        LocalDate crisis = LAST_DAY.minusDays(DemoWorld.CRISIS_DAYS_BEFORE_END);
        String handle = DemoWorld.GRELOT.officialHandle(Network.X);
        List<Long> crisisDelays = new ArrayList<>();
        List<Long> ordinaryDelays = new ArrayList<>();
        for (Post p : dataset.posts()) {
            if (handle.equals(p.author().handle()) && p.inReplyTo() != null) {
                Post parent = byId.get(p.inReplyTo());
                long minutes = Duration.between(parent.createdAt(), p.createdAt()).toMinutes();
                (day(parent).equals(crisis) ? crisisDelays : ordinaryDelays).add(minutes);
            }
        }
        assertThat(median(crisisDelays)).isGreaterThan(2 * median(ordinaryDelays));
    }

    @Test
    void countsAtLeastTheRepliesPresentInTheDataset() {
        Map<String, Long> children = dataset.posts().stream().filter(p -> p.inReplyTo() != null)
                .collect(Collectors.groupingBy(Post::inReplyTo, Collectors.counting()));
        assertThat(dataset.posts()).allSatisfy(p -> {
            long present = children.getOrDefault(p.id(), 0L);
            assertThat(p.metrics().replies()).isGreaterThanOrEqualTo(present);
            assertThat(p.metrics().replies()).isLessThanOrEqualTo(present + Math.max(5, p.metrics().likes() / 20));
        });
    }

    @Test
    void makesEngagementAndAudiencesHeavyTailed() {
        List<Long> likes = dataset.posts().stream().map(p -> p.metrics().likes()).sorted().toList();
        List<Long> followers = dataset.posts().stream().map(p -> p.author().followers()).filter(f -> f != null)
                .sorted().toList();
        assertThat(likes.get(likes.size() - 1)).isGreaterThan(100 * Math.max(1, median(likes)));
        assertThat(followers.get(followers.size() - 1)).isGreaterThan(100 * median(followers));
    }

    @Test
    void mixesOneOffPostersRegularsAdvocatesAndEmployees() {
        Map<String, Long> postsPerAuthor = dataset.posts().stream().filter(p -> p.author().handle() != null)
                .collect(Collectors.groupingBy(p -> p.network().name() + p.author().handle(), Collectors.counting()));
        long oneOff = postsPerAuthor.values().stream().filter(n -> n == 1).count();
        long recurring = postsPerAuthor.values().stream().filter(n -> n >= 20).count();
        assertThat(oneOff).isGreaterThan(postsPerAuthor.size() / 2);
        assertThat(recurring).isGreaterThan(20);
        assertThat(labelled).anyMatch(l -> l.role() == DemoAuthor.Role.ADVOCATE && l.post().inReplyTo() != null);
        assertThat(dataset.posts()).anyMatch(p -> p.author().name() != null
                && p.author().name().contains("| chez Fournil Dupain"));
    }

    @Test
    void spikesGrelotWithNegativePostsOnTheTwoCrisisDays() {
        LocalDate first = LAST_DAY.minusDays(DemoWorld.CRISIS_DAYS_BEFORE_END);
        Map<LocalDate, Long> perDay = perDay(p -> fold(p.text()).contains("grelot"));
        long usual = median(perDay.entrySet().stream()
                .filter(e -> e.getKey().isBefore(first.minusDays(1)) || e.getKey().isAfter(first.plusDays(4)))
                .map(Map.Entry::getValue).sorted().toList());
        assertThat(perDay.get(first)).isGreaterThan(6 * usual);
        assertThat(perDay.get(first.plusDays(1))).isGreaterThan(4 * usual);
        List<LabelledPost> crisis = labelled.stream().filter(l -> "grelot".equals(l.brandKey())
                && (day(l.post()).equals(first) || day(l.post()).equals(first.plusDays(1)))
                && l.role() != DemoAuthor.Role.OFFICIAL).toList();
        double negative = crisis.stream().filter(l -> l.intent() == Intent.COMPLAINT
                || l.intent() == Intent.CHURN_RISK).count() / (double) crisis.size();
        assertThat(negative).isGreaterThan(0.6);
        assertThat(perDay(p -> p.text().contains(DemoWorld.CRISIS_TAG)).get(first)).isGreaterThan(200);
    }

    @Test
    void bumpsPedaluneOnLaunchDayWithTheLaunchHashtag() {
        LocalDate launch = LAST_DAY.minusDays(DemoWorld.LAUNCH_DAYS_BEFORE_END);
        Map<LocalDate, Long> perDay = perDay(p -> fold(p.text()).contains("pedalune"));
        long usual = median(perDay.entrySet().stream().filter(e -> e.getKey().isBefore(launch.minusDays(3)))
                .map(Map.Entry::getValue).sorted().toList());
        assertThat(perDay.get(launch)).isGreaterThan(3 * usual);
        Map<LocalDate, Long> tagged = perDay(p -> p.text().contains(DemoWorld.LAUNCH_TAG));
        assertThat(tagged.keySet().stream().min(LocalDate::compareTo)).contains(launch.minusDays(3));
        assertThat(tagged.get(launch)).isEqualTo(tagged.values().stream().max(Long::compare).orElseThrow());
    }

    @Test
    void givesTheSamePostsForTheSameSeedAndLastDay() {
        DemoDataset again = new DemoDatasetGenerator(DemoDatasetGenerator.DEFAULT_SEED, LAST_DAY).generate();
        assertThat(again).isEqualTo(dataset);
        assertThat(again.posts().toString()).isEqualTo(dataset.posts().toString());
    }

    @Test
    void givesOtherPostsForAnotherSeed() {
        DemoDataset other = new DemoDatasetGenerator(DemoDatasetGenerator.DEFAULT_SEED + 1, LAST_DAY).generate();
        assertThat(other.posts()).isNotEqualTo(dataset.posts());
        assertThat(other.topics()).isEqualTo(dataset.topics());
    }

    @Test
    void shiftsTheWindowWithTheLastDay() {
        LocalDate earlier = LAST_DAY.minusDays(30);
        DemoDataset shifted = new DemoDatasetGenerator(DemoDatasetGenerator.DEFAULT_SEED, earlier).generate();
        assertThat(shifted.posts().get(shifted.posts().size() - 1).createdAt())
                .isBefore(earlier.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    @Test
    void writesVariedTextWithoutLeftoverSlots() {
        List<String> texts = labelled.stream().filter(l -> l.role() != DemoAuthor.Role.OFFICIAL)
                .map(l -> l.post().text()).toList();
        assertThat(new HashSet<>(texts).size()).isGreaterThan((int) (texts.size() * 0.85));
        assertThat(dataset.posts()).allSatisfy(p -> {
            assertThat(p.text()).doesNotContain("{", "}", "  ").isNotBlank();
            assertThat(p.text()).isEqualTo(p.text().strip());
        });
        assertThat(dataset.posts()).anyMatch(p -> p.text().contains("😍"))
                .anyMatch(p -> p.text().contains("#honteux"));
    }

    @Test
    void rarelyRepeatsABlogTitleOnTheSameBlog() {
        List<String> articles = dataset.posts().stream()
                .filter(p -> p.network().equals(Network.RSS) && p.inReplyTo() == null)
                .map(p -> p.site() + " " + p.title()).toList();
        assertThat(articles).hasSizeGreaterThan(100);
        assertThat(new HashSet<>(articles).size()).isGreaterThan((int) (articles.size() * 0.9));
    }

    @Test
    void labelsTheDataAsFictional() {
        assertThat(dataset.topics()).allSatisfy(t ->
                assertThat(t.description()).contains("Données fictives de démonstration", "fictional demo data"));
        assertThat(dataset.posts()).filteredOn(p -> p.raw() != null)
                .allSatisfy(p -> assertThat(p.raw()).contains("\"fictional\":true"));
    }

    @Test
    void coversThreeBrandsAndTwoCompetitorsWithBalancedQueries() {
        assertThat(dataset.topics()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(dataset.topics()).allSatisfy(t -> assertThat(TopicQueryShape.problems(t.query()))
                .as(t.name()).isEmpty());
        Map<String, String> mainWord = Map.of("Fournil Dupain", "dupain", "Grelot Mobile", "grelot",
                "Pédalune", "pedalune", "Levain Vagabond (concurrent)", "vagabond",
                "Moustique Mobile (concurrent)", "moustique", "Grelot Mobile : veille de crise", "boycottgrelot");
        assertThat(dataset.topics()).allSatisfy(t -> {
            String word = mainWord.get(t.name());
            assertThat(word).as("main word of %s", t.name()).isNotNull();
            assertThat(fold(t.query())).contains(word);
            long matching = dataset.posts().stream().filter(p -> fold(p.text()).contains(word)).count();
            assertThat(matching).as(t.name()).isGreaterThan(500);
        });
    }

    private static Map<LocalDate, Long> perDay(Predicate<Post> filter) {
        return dataset.posts().stream().filter(filter)
                .collect(Collectors.groupingBy(DemoDatasetGeneratorTest::day, TreeMap::new, Collectors.counting()));
    }

    private static LocalDate day(Post post) {
        return LocalDate.ofInstant(post.createdAt(), ZoneOffset.UTC);
    }

    private static double share(List<Post> posts, Predicate<Post> filter) {
        return posts.stream().filter(filter).count() / (double) posts.size();
    }

    private static long median(List<Long> sorted) {
        List<Long> copy = sorted.stream().sorted().toList();
        return copy.get(copy.size() / 2);
    }

    private static String fold(String text) {
        return Typist.withoutAccents(text.toLowerCase(Locale.ROOT));
    }
}
