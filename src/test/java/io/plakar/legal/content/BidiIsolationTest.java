package io.plakar.legal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BidiIsolationTest {

    /**
     * Every isolate says its direction: a phone number, an amount or a registration number has
     * no strong character, so a {@code <bdi>} without {@code dir} would depend on the browser.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<p>الهاتف: +1 (415) 802-2316.</p>          | <p>الهاتف: <bdi dir=\"ltr\">+1 (415) 802-2316</bdi>.</p>",
        "<p>شركة Spark Angle B.V.، ممثَّلةً</p>      | <p>شركة <bdi dir=\"ltr\">Spark Angle B.V.</bdi>، ممثَّلةً</p>",
        "<a href=\"mailto:help@plakar.io\">help@plakar.io</a> | <a href=\"mailto:help@plakar.io\"><bdi dir=\"ltr\">help@plakar.io</bdi></a>",
        "<p>تحت الرقم 933 509 754، و</p>            | <p>تحت الرقم <bdi dir=\"ltr\">933 509 754</bdi>، و</p>",
        "<p>برأس مال قدره € 1,289.86، مقيَّدة</p>    | <p>برأس مال قدره <bdi dir=\"ltr\">€ 1,289.86</bdi>، مقيَّدة</p>",
        "<p>(société par actions simplifiée, SAS) برأس</p> | <p><bdi dir=\"ltr\">(société par actions simplifiée, SAS)</bdi> برأس</p>",
        "<p>نص عربي فقط (الموقع)</p>                | <p>نص عربي فقط (الموقع)</p>",
    })
    void isolatesLeftToRightRunsInTextButNeverInsideTags(String html, String expected) {
        assertEquals(expected.strip(), BidiIsolation.apply(html.strip()));
    }
}
