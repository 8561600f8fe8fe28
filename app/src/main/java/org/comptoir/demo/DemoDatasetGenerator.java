package org.comptoir.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Generates the fictional demo workspace: about 29,000 posts (never fewer than 20,000) over the 90 UTC days ending on
 * {@code lastDay}, about three brands and two competitors, with a crisis and a product launch.
 * The output depends only on the seed and the last day: the same pair gives the same posts, byte for
 * byte. See {@code docs/demo-workspace.md} for the story a newcomer will find.
 */
public final class DemoDatasetGenerator {
    /** The seed the app uses for its demo workspace. */
    public static final long DEFAULT_SEED = 20101004L;

    private final long seed;
    private final LocalDate lastDay;

    public DemoDatasetGenerator(long seed, LocalDate lastDay) {
        this.seed = seed;
        this.lastDay = Objects.requireNonNull(lastDay, "lastDay of the demo window");
    }

    public DemoDataset generate() {
        return new DemoDataset(generateLabelled().stream().map(LabelledPost::post).toList(), DemoWorld.topics());
    }

    /** The same posts, each with the truth it was written from (brand, intent, language, author role). */
    List<LabelledPost> generateLabelled() {
        Random random = new Random(seed);
        PhraseBook book = Bundled.BOOK;
        Clock clock = new Clock(lastDay);
        Addresses addresses = new Addresses();
        AuthorPool authors = new AuthorPool(new AuthorFactory(book, random), random);
        WritingKit kit = new WritingKit(book, random, authors, addresses, clock);
        ArticleWriter articles = new ArticleWriter(kit);
        RootWriter roots = new RootWriter(kit, articles);
        StoryWriter stories = new StoryWriter(kit, articles);
        DailyPlan plan = new DailyPlan(clock, random);

        List<Draft> firsts = new ArrayList<>();
        for (int day = 0; day < Clock.DAYS; day++) {
            for (DailyPlan.Slot slot : plan.day(day)) {
                for (int i = 0; i < slot.posts(); i++) {
                    firsts.add(roots.write(slot, day));
                }
            }
            firsts.addAll(stories.day(day));
        }
        List<Draft> all = new ArrayList<>(firsts);
        all.addAll(new ThreadWriter(kit).replies(firsts, stories.trigger()));
        Engagement.apply(all, random);
        all.sort(Comparator.comparing((Draft d) -> d.at).thenComparing(d -> d.id));
        return all.stream().map(Draft::labelled).toList();
    }

    /** The phrase book is read once per JVM; it is never modified after loading. */
    private static final class Bundled {
        static final PhraseBook BOOK = PhraseBook.bundled();
    }
}
