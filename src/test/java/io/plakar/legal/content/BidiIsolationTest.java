package io.plakar.legal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BidiIsolationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<p>الهاتف: +1 (415) 802-2316.</p>          | <p>الهاتف: <bdi>+1 (415) 802-2316</bdi>.</p>",
        "<p>شركة Spark Angle B.V.، ممثَّلةً</p>      | <p>شركة <bdi>Spark Angle B.V.</bdi>، ممثَّلةً</p>",
        "<a href=\"mailto:help@plakar.io\">help@plakar.io</a> | <a href=\"mailto:help@plakar.io\"><bdi>help@plakar.io</bdi></a>",
        "<p>تحت الرقم RCS Paris B 933 509 754، و</p> | <p>تحت الرقم <bdi>RCS Paris B 933 509 754</bdi>، و</p>",
        "<p>(société par actions simplifiée, SAS) برأس</p> | <p><bdi>(société par actions simplifiée, SAS)</bdi> برأس</p>",
        "<p>نص عربي فقط (الموقع)</p>                | <p>نص عربي فقط (الموقع)</p>",
    })
    void isolatesLeftToRightRunsInTextButNeverInsideTags(String html, String expected) {
        assertEquals(expected.strip(), BidiIsolation.apply(html.strip()));
    }
}
