package org.comptoir.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * How many conversations start about each brand on each day: the brand's usual volume, its sector's
 * weekly rhythm, day-to-day noise, and the two stories of the demo. The crisis multiplies
 * {@link DemoWorld#GRELOT}'s volume by ten on its first day and seven on the second, and sends some
 * unhappy customers to talk about {@link DemoWorld#MOUSTIQUE}; the launch multiplies
 * {@link DemoWorld#PEDALUNE}'s volume by seven on launch day and three the next.
 */
final class DailyPlan {
    /** Posts about one brand on one day; {@code storyShare} of them belong to {@code moment}. */
    record Slot(DemoBrand brand, int posts, Draft.Moment moment, double storyShare, int fromMinute) {
    }

    private static final double[] CRISIS_VOLUME = {10, 7, 2.5, 1.5};
    private static final double[] CRISIS_SHARE = {0.92, 0.85, 0.55, 0.3};
    private static final double[] LAUNCH_VOLUME = {7, 3, 1.8};
    private static final double[] LAUNCH_SHARE = {0.8, 0.6, 0.45};
    /** The outage starts at 05:10 UTC (07:10 in Paris); the launch is presented at 08:00 UTC. */
    static final int OUTAGE_MINUTE = 5 * 60 + 10;
    static final int LAUNCH_MINUTE = 8 * 60;

    private final Clock clock;
    private final Random random;

    DailyPlan(Clock clock, Random random) {
        this.clock = clock;
        this.random = random;
    }

    static int crisisDay() {
        return Clock.DAYS - 1 - DemoWorld.CRISIS_DAYS_BEFORE_END;
    }

    static int launchDay() {
        return Clock.DAYS - 1 - DemoWorld.LAUNCH_DAYS_BEFORE_END;
    }

    List<Slot> day(int day) {
        List<Slot> slots = new ArrayList<>();
        for (DemoBrand brand : DemoWorld.BRANDS) {
            double volume = brand.dailyPosts() * brand.sector().weekdayFactor(clock.date(day).getDayOfWeek());
            Draft.Moment moment = Draft.Moment.ORDINARY;
            double share = 0;
            int fromMinute = 0;
            int sinceCrisis = day - crisisDay();
            int sinceLaunch = day - launchDay();
            if (brand == DemoWorld.GRELOT && sinceCrisis >= 0 && sinceCrisis < CRISIS_VOLUME.length) {
                volume *= CRISIS_VOLUME[sinceCrisis];
                moment = Draft.Moment.CRISIS;
                share = CRISIS_SHARE[sinceCrisis];
                fromMinute = sinceCrisis == 0 ? OUTAGE_MINUTE : 0;
            } else if (brand == DemoWorld.MOUSTIQUE && sinceCrisis >= 0 && sinceCrisis < 3) {
                volume *= 1.6;
            } else if (brand == DemoWorld.PEDALUNE && sinceLaunch >= -3 && sinceLaunch < 0) {
                volume *= 1.15;
            } else if (brand == DemoWorld.PEDALUNE && sinceLaunch >= 0) {
                moment = Draft.Moment.LAUNCH;
                boolean bump = sinceLaunch < LAUNCH_VOLUME.length;
                volume *= bump ? LAUNCH_VOLUME[sinceLaunch] : 1.1;
                share = bump ? LAUNCH_SHARE[sinceLaunch] : 0.08;
                fromMinute = sinceLaunch == 0 ? LAUNCH_MINUTE : 0;
            }
            int posts = (int) Math.round(volume * Math.exp(0.18 * random.nextGaussian()));
            slots.add(new Slot(brand, posts, moment, share, fromMinute));
        }
        return slots;
    }
}
