package org.comptoir.connector;

/**
 * A cheap test on a raw event, before it is decoded, that lets a stream connector drop what no topic of the
 * workspace can match. It may keep too much (the topic matcher decides later), never too little.
 */
@FunctionalInterface
public interface Prefilter {
    Prefilter ALL = raw -> true;

    boolean mayMatch(String rawEvent);
}
