package io.plakar.legal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which header values announce a request body, which the site refuses. */
class RequestBodyTest {

    @ParameterizedTest(name = "Transfer-Encoding [{0}], Content-Length [{1}] -> {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "none            | none   | false",
        "none            | 0      | false",
        "none            | 000    | false",
        "none            | ' 0 '  | false",
        "none            | 1      | true",
        "none            | 0,0    | true",
        "none            | 0,5    | true",
        "none            | -0     | true",
        "none            | abc    | true",
        "none            | ''     | true",
        "chunked         | none   | true",
        "xchunked        | none   | true",
        "''              | none   | true",
        "identity        | 0      | true",
        "chunked,chunked | none   | true"})
    void announcesABody(String transferEncodings, String contentLengths, boolean announced) {
        assertEquals(announced, RequestBody.announced(values(transferEncodings), values(contentLengths)));
    }

    /** Comma-separated header values, one per header line; none for null. */
    private static List<String> values(String commaSeparated) {
        return commaSeparated == null ? List.of() : Arrays.asList(commaSeparated.split(",", -1));
    }
}
