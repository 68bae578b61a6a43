package org.parceldesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailMaskingTest {

    @Test
    void keepsTheFirstLetterAndTheDomain() {
        assertThat(EmailMasking.mask("zhangsan@example.com")).isEqualTo("z***@example.com");
        assertThat(EmailMasking.mask("z@example.com")).isEqualTo("z***@example.com");
        assertThat(EmailMasking.mask("not-an-address")).isEqualTo("***");
    }

    @Test
    void masksEveryAddressInsideAText() {
        assertThat(EmailMasking.maskAll("550 5.1.1 <li.si@example.cn>: rejected; also wang@corp.example.com"))
                .isEqualTo("550 5.1.1 <l***@example.cn>: rejected; also w***@corp.example.com");
        assertThat(EmailMasking.maskAll("Couldn't connect to host, port: 127.0.0.1, 25")).isEqualTo(
                "Couldn't connect to host, port: 127.0.0.1, 25");
    }
}
