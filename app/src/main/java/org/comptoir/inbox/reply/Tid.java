package org.comptoir.inbox.reply;

import java.time.Instant;

/**
 * An AT Protocol record key of the TID form: 13 characters of base32-sortable for 64 bits (0, 53 bits of
 * microseconds since the epoch, 10 bits of clock id). Derived from a moment and a key, so the same reply always
 * gets the same record key.
 */
final class Tid {
    private static final String ALPHABET = "234567abcdefghijklmnopqrstuvwxyz";

    private Tid() {
    }

    static String of(Instant at, String key) {
        long micros = at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000;
        long value = ((micros & ((1L << 53) - 1)) << 10) | (key.hashCode() & 0x3FF);
        char[] out = new char[13];
        for (int i = 12; i >= 0; i--) {
            out[i] = ALPHABET.charAt((int) (value & 31));
            value >>>= 5;
        }
        return new String(out);
    }

    static boolean valid(String rkey) {
        return rkey != null && rkey.matches("[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}");
    }
}
