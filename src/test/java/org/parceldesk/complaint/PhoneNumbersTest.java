package org.parceldesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource({
            "13812345678, 13812345678",
            "'138 1234 5678', 13812345678",
            "+8613812345678, 13812345678",
            "0086-138-1234-5678, 13812345678",
            "010-12345678, 01012345678",
            "'0571 8765 432', 05718765432",
            "0755-8765432, 07558765432"})
    void acceptsMobileAndLandlineNumbers(String input, String digits) {
        assertThat(PhoneNumbers.normalize(input)).contains(digits);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12812345678", "1381234567", "138123456789", "88886666", "1-800-FLOWERS", "10-12345678"})
    void refusesEverythingElse(String input) {
        assertThat(PhoneNumbers.normalize(input)).isEmpty();
    }
}
