package org.parceldesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The status listener is named after its class; the versions of claim-compensation deployed before call
 * it by its former name {@code claimStatus}, and the engine must still find it by that name.
 */
@ParcelDeskTest
class ClaimStatusListenerNameTest {

    @Autowired ProcessEngine engine;

    @Test
    void theShippedModelCallsTheListenerByItsClassName() throws Exception {
        String bpmn;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("processes/claim-compensation.bpmn")) {
            bpmn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(bpmn).contains("${claimStatusListener.enter(execution, 'ASSESSING')}")
                .doesNotContain("${claimStatus.");
    }

    @Test
    void theEngineResolvesTheFormerNameToTheSameListener() {
        Object[] resolved = resolve("${claimStatus}", "${claimStatusListener}");

        assertThat(resolved[0]).isInstanceOf(ClaimStatusListener.class).isSameAs(resolved[1]);
    }

    /** Evaluates expressions as the engine does for a model's listener: in a command, with the engine's resolvers. */
    private Object[] resolve(String... expressions) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(context -> {
            Object[] values = new Object[expressions.length];
            for (int i = 0; i < expressions.length; i++) {
                values[i] = configuration.getExpressionManager().createExpression(expressions[i])
                        .getValue(StartProcessVariableScope.getSharedInstance());
            }
            return values;
        });
    }
}
