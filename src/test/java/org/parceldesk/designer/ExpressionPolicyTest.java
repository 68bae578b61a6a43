package org.parceldesk.designer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The expression rules on their own, table-driven: each refused expression with the reason the
 * refusal gives, and the forms the shipped models use accepted. ModelChecksTest deploys them in models.
 * Read as a deployer asking for English ({@link EnglishReader}); Chinese is the default (docs/messages.md).
 */
@ExtendWith(EnglishReader.class)
class ExpressionPolicyTest {

    /** Beans of a ParcelDesk context: two allowed, and engine and infrastructure beans that are not. */
    private static final Set<String> SPRING_BEANS = Set.of("slaClocks", "complaintProgress", "complaintSettings",
            "notifyCustomer", "runtimeService", "identityService", "processEngine", "dataSource", "claimRepository");
    private static final Set<String> ALLOWED = Set.of("slaClocks", "complaintProgress", "complaintSettings",
            "notifyCustomer");

    private final ExpressionPolicy policy = new ExpressionPolicy(SPRING_BEANS::contains, ALLOWED::contains);

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("${execution.getProcessEngineServices().getIdentityService().createMembership('process-designer','admin')}",
                        "of the engine's execution: execution may only be passed as an argument"),
                Arguments.of("${execution.getProcessEngineServices()}", "'getProcessEngineServices': reflection and engine access are never allowed"),
                Arguments.of("${execution.processEngineServices.identityService}", "of the engine's execution"),
                Arguments.of("${execution.getProcessEngine()}", "'getProcessEngine': reflection and engine access"),
                Arguments.of("${execution.getVariable('x') == 1}", "calls method 'getVariable' of the engine's execution"),
                Arguments.of("${execution.processBusinessKey}", "reads property 'processBusinessKey' of the engine's execution"),
                Arguments.of("${task.execution.processInstanceId}", "of the engine's task"),
                Arguments.of("${task.getProcessEngineServices().getTaskService()}", "of the engine's task"),
                Arguments.of("${execution}", "uses 'execution' as a value"),
                Arguments.of("${processEngine}", "reaches engine internals through 'processEngine'"),
                Arguments.of("${processEngine.identityService.createUser('x')}", "reaches engine internals through 'processEngine'"),
                Arguments.of("${processEngineConfiguration}", "reaches engine internals"),
                Arguments.of("${runtimeService.deleteProcessInstance(id, 'gone')}", "the Spring bean 'runtimeService', which models may not use"),
                Arguments.of("${identityService}", "the Spring bean 'identityService', which models may not use"),
                Arguments.of("${dataSource.connection}", "the Spring bean 'dataSource'"),
                Arguments.of("${claimRepository.deleteAll()}", "the Spring bean 'claimRepository'"),
                Arguments.of("${T(java.lang.Runtime).getRuntime().exec('id')}", "'exec': reflection"),
                Arguments.of("${T(java.lang.Runtime)}", "calls the function T(): functions"),
                Arguments.of("${now()}", "calls the function now()"),
                Arguments.of("${fn:exec('id')}", "calls the function fn:exec()"),
                Arguments.of("${slaClocks.getClass()}", "calls method 'getClass': reflection"),
                Arguments.of("${slaClocks.class}", "reads property 'class': reflection"),
                Arguments.of("${''.getClass().forName('java.lang.Runtime')}", "'forName': reflection"),
                Arguments.of("${Class.forName('java.lang.Runtime')}", "'forName': reflection"),
                Arguments.of("${amount.getClass()}", "'getClass'"),
                Arguments.of("${caseFile.isInsured()}", "calls method 'isInsured' of 'caseFile', which is no ParcelDesk bean"),
                Arguments.of("${customer.vip}", "reads property 'vip' of 'customer', which is no ParcelDesk bean"),
                Arguments.of("${authenticatedUserId.length()}", "calls method 'length' of 'authenticatedUserId'"),
                Arguments.of("${list[0]}", "uses [...] access"),
                Arguments.of("${complaintSettings['dissatisfiedAtMost']}", "uses [...] access"),
                Arguments.of("${slaClocks.dueDate(execution, 'x').time}", "on the result of another call or read"),
                Arguments.of("${slaClocks.dueDate(execution.processInstance, 'x')}", "of the engine's execution"),
                Arguments.of("${slaClocks.dueDate((execution), 'x')}", "uses 'execution' as a value"),
                Arguments.of("${complaintProgress.reopened(runtimeService)}", "the Spring bean 'runtimeService'"),
                Arguments.of("${decisionResult.getSingleResult()}", "reads decisionResult outside a business rule task"),
                Arguments.of("${amount > 2000 ? processEngine : 1}", "reaches engine internals"),
                Arguments.of("${a.(}", "is no valid expression"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesWithTheReason(String expression, String reason) {
        assertThat(policy.refusal(expression, false)).as(expression).hasValueSatisfying(
                why -> assertThat(why).contains(reason));
    }

    /** The whole reason, with the quotes and the {@code ${…}} example the bundles write as {@code ''} and {@code '{'}. */
    @Test
    void theReasonIsEnglishForAnEnglishReaderAndChineseOutsideARequest() {
        assertThat(policy.refusal("${execution}", false)).hasValue("uses 'execution' as a value: the engine's execution"
                + " may only be passed as an argument to a ParcelDesk bean's method, e.g. ${slaClocks.start(execution, 'x')}");

        RequestContextHolder.resetRequestAttributes();

        assertThat(policy.refusal("${execution}", false)).hasValue("把“execution”当作值使用：引擎的 execution"
                + " 只能作为参数传给 ParcelDesk bean 的方法，如 ${slaClocks.start(execution, 'x')}");
        assertThat(policy.refusal("${customer.vip}", false)).hasValue("对“customer”读取了属性“vip”，但“customer”不是允许列表中的"
                + " ParcelDesk bean：只能调用允许的 bean 的方法和属性，不能调用变量的");
    }

    static Stream<String> accepted() {
        return Stream.of(
                "${approvalLevel == 'MANAGER'}",
                "${!needsSupervisorApproval}",
                "${amount > 500 && amount <= 2000 || empty reason}",
                "${(payout * 2 - 1) / 3 % 2 >= 1 ? 'a' : 'b'}",
                "${handlerGroups}",
                "${authenticatedUserId == 'process-designer'}",
                "${notifyCustomer}",
                "${slaClocks.dueDate(execution, 'complaint-resolution')}",
                "${slaClocks.stop(execution, resolutionSla)}",
                "${complaintProgress.resolutionDue(execution, slaClocks.dueDate(execution, resolutionSla))}",
                "${complaintProgress.slaEvent(task, 'complaint-internal-target', 'WARNING')}",
                "${satisfaction <= complaintSettings.dissatisfiedAtMost}",
                "P${days}D",
                "plain text without an expression");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void acceptsVariablesLiteralsAndOneCallOnAnAllowedBean(String expression) {
        assertThat(policy.refusal(expression, false)).as(expression).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisionResults")
    void decisionResultIsReadableInABusinessRuleTask(String expression, boolean accepted) {
        assertThat(policy.refusal(expression, true).isEmpty()).as(expression).isEqualTo(accepted);
    }

    static Stream<Arguments> decisionResults() {
        return Stream.of(
                Arguments.of("${decisionResult.getSingleResult().suspensionDays}", true),
                Arguments.of("${decisionResult.getSingleResult().getEntry('approverGroups')}", true),
                Arguments.of("${decisionResult.collectEntries('measure')}", true),
                Arguments.of("${decisionResult.getSingleResult().getClass()}", false),
                Arguments.of("${decisionResult.getSingleResult().clear()}", false),
                Arguments.of("${decisionResult.getSingleResult().getEntry(execution)}", false));
    }
}
