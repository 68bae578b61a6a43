package org.parceldesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * In the running application: a stranger guessing a password is throttled by address, and the
 * account is not locked — neither by ParcelDesk nor by Camunda's identity service, whose lockout
 * (10 attempts by default) is switched off.
 */
@ParcelDeskTest
class LoginThrottlingTest {

    @Autowired MockMvc mvc;
    @Autowired IdentityService identity;

    @Test
    void aStrangerCannotLockAnAccountButIsThrottled() throws Exception {
        User user = identity.newUser("throttle-probe");
        user.setPassword("right-password");
        identity.saveUser(user);
        identity.createMembership("throttle-probe", StaffGroup.COMPLAINT_HANDLER.id());

        for (int attempt = 0; attempt < 10; attempt++) {
            mvc.perform(get("/api/v1/shipments").with(from("203.0.113.77")).with(httpBasic("throttle-probe", "guess" + attempt)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/shipments").with(from("203.0.113.77")).with(httpBasic("throttle-probe", "right-password")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.status").value(429));

        mvc.perform(get("/api/v1/shipments").with(from("198.51.100.77")).with(httpBasic("throttle-probe", "right-password")))
                .andExpect(status().isOk());
        assertThat(identity.checkPassword("throttle-probe", "right-password"))
                .as("Camunda's own lockout is off: ten wrong passwords locked nothing").isTrue();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
