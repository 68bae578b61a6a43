package org.parceldesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataTest {

    @ParameterizedTest
    @CsvSource({
            "13812345678, 138****5678",
            "01012345678, 010****5678",
            "010-12345678, 010****5678",
            "05718765432, 057****5432",
            "12345678, 123****5678",
            "1234567, *******",
            "123, ***"})
    void masksAllButTheFirstThreeAndLastFourCharacters(String phone, String masked) {
        assertThat(PersonalData.maskPhone(phone)).isEqualTo(masked);
    }

    @Test
    void noPhoneStaysNoPhone() {
        assertThat(PersonalData.maskPhone(null)).isNull();
        assertThat(PersonalData.maskPhone("")).isEmpty();
    }

    @Test
    void masksAllButTheFirstCharacterOfAName() {
        assertThat(PersonalData.maskName("张小明")).isEqualTo("张**");
        assertThat(PersonalData.maskName("李")).isEqualTo("李*");
        assertThat(PersonalData.maskName(" 欧阳娜娜 ")).isEqualTo("欧***");
        assertThat(PersonalData.maskName("𠮷野家")).isEqualTo("𠮷**");
        assertThat(PersonalData.maskName(null)).isEmpty();
        assertThat(PersonalData.maskName("  ")).isEmpty();
    }
}
