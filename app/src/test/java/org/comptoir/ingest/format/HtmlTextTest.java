package org.comptoir.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void keepsLinkTextAndTurnsBreaksAndParagraphsIntoNewlines() {
        String html = "<p>Salut <a href=\"https://m.example/@bob\" class=\"u-url mention\">@<span>bob</span></a><br/>"
                + "ligne 2</p>\n<p>  fin   </p>";

        assertThat(HtmlText.toText(html)).isEqualTo("Salut @bob\nligne 2\n\nfin");
    }

    @Test
    void decodesNamedNumericAndHexEntitiesAndDropsScriptsStylesAndComments() {
        String html = "<style>p{color:red}</style><!-- wp:paragraph -->Caf&eacute; &amp; th&#233; &#x2014; l&apos;&eacute;t&eacute;<script>alert(1)</script>";

        assertThat(HtmlText.toText(html)).isEqualTo("Café & thé — l'été");
    }

    @Test
    void keepsALoneLessThanSignAsText() {
        assertThat(HtmlText.toText("moins de 3 < 5 trains")).isEqualTo("moins de 3 < 5 trains");
    }
}
