package org.parceldesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SmtpTimeoutsTest {

    private static Properties timeouts(String connect, String read, String write) {
        Properties mail = new Properties();
        if (connect != null) {
            mail.setProperty(SmtpTimeouts.CONNECT, connect);
        }
        if (read != null) {
            mail.setProperty(SmtpTimeouts.READ, read);
        }
        if (write != null) {
            mail.setProperty(SmtpTimeouts.WRITE, write);
        }
        return mail;
    }

    @Test
    void theShippedTimeoutsBoundOneMessageWellInsideTheShippedLease() {
        Properties shipped = timeouts("10000", "20000", "20000");

        assertThat(SmtpTimeouts.worstCase(shipped)).isEqualTo(Duration.ofSeconds(210));
        assertThatCode(() -> SmtpTimeouts.check(shipped, Duration.ofMinutes(5))).doesNotThrowAnyException();
    }

    @Test
    void timeoutsThatCouldOutlastTheLeaseStopTheStartup() {
        assertThatThrownBy(() -> SmtpTimeouts.check(timeouts("10000", "60000", "20000"), Duration.ofMinutes(5)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("lease");
    }

    @Test
    void aMissingOrInfiniteTimeoutStopsTheStartup() {
        assertThatThrownBy(() -> SmtpTimeouts.check(timeouts("10000", null, "20000"), Duration.ofMinutes(5)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("mail.smtp.timeout");
        assertThatThrownBy(() -> SmtpTimeouts.check(timeouts("0", "20000", "20000"), Duration.ofMinutes(5)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("waits forever");
    }
}
