package org.parceldesk.testing;

import java.time.Clock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import java.util.Map;
import java.util.Set;
import org.parceldesk.workflow.DeclaredTaskFields;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.scheduling.annotation.AsyncConfigurer;

@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfiguration {

    @Bean
    @Primary
    Clock engineClock() {
        return new EngineClock();
    }

    /** The test model of TaskRefusalIT accepts one field, like a ParcelDesk task would. */
    @Bean
    DeclaredTaskFields refusalTestTaskFields() {
        return new DeclaredTaskFields("refusal-test", Map.of("Task_Checked", Set.of("verdict")));
    }

    /** The listener of TaskRefusalIT's test model (models may call beans only, never classes). */
    @Bean
    org.parceldesk.security.RefusingTaskListener refusingTaskListener() {
        return new org.parceldesk.security.RefusingTaskListener();
    }

    /** Lets reliability tests make a shipped delegate fail for a while (static: post-processors come first). */
    @Bean
    static TransientFaults transientFaults() {
        return new TransientFaults();
    }

    /**
     * Event reactions (@ApplicationModuleListener) run after the publishing transaction's commit, in
     * their own transaction, as in production, but on the committing thread instead of a pool: a test
     * sees their outcome when the step it drove returns, without waiting. A failing reaction is still
     * caught and logged, and its publication stays incomplete (docs/architecture.md).
     */
    @Bean
    AsyncConfigurer reactionsOnTheCommittingThread() {
        return new AsyncConfigurer() {
            @Override
            public java.util.concurrent.Executor getAsyncExecutor() {
                return new SyncTaskExecutor();
            }
        };
    }

    /** camunda-bpm-assert needs to know the engine of the (shared) test context. */
    @Bean
    InitializingBean bpmnAssertions(ProcessEngine engine) {
        return () -> BpmnAwareTests.init(engine);
    }
}
