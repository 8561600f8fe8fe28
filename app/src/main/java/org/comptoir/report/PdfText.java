package org.comptoir.report;

/**
 * Text made printable by the PDF's standard fonts (ADR 0021): emoji and the marks that build them (skin tones, variation
 * selectors, zero-width joiners, keycaps, flags, tags) are dropped rather than printed as boxes or {@code #}. Letters, accents
 * and the punctuation of French (« » œ € …) are kept. The HTML mail keeps its emoji: mail clients draw them.
 */
final class PdfText {
    private PdfText() {
    }

    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (!emoji(c)) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    static boolean emoji(int c) {
        return c >= 0x1F000 && c <= 0x1FAFF        // pictographs, emoticons, transport, flags, skin tones, supplemental symbols
                || c >= 0x2600 && c <= 0x27BF      // miscellaneous symbols and dingbats (☀ ❤ ✨ ✅)
                || c >= 0x2B00 && c <= 0x2BFF      // arrows and stars drawn as emoji (⭐ ⬛)
                || c >= 0x2300 && c <= 0x23FF      // technical symbols drawn as emoji (⌚ ⏰)
                || c == 0x200D || c == 0xFE0E || c == 0xFE0F || c == 0x20E3
                || c >= 0xE0020 && c <= 0xE007F;   // tags of subdivision flags
    }
}
