package org.parceldesk.designer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.parceldesk.designer.TestModels.read;
import static org.parceldesk.designer.TestModels.replace;

import java.util.UUID;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Deploys the good test model and mutations of it, each breaking one rule, through the
 * RepositoryService — the path every deployment takes, the Modeler's and the startup's too.
 * Read as a deployer asking for English ({@link EnglishReader}); Chinese is the default (docs/messages.md).
 */
@ExtendWith(EnglishReader.class)
@ParcelDeskTest
class ModelChecksTest {

    private static final String GOOD = read("check-good.bpmn");
    private static final String FORM = read("designer-task.form");

    @Autowired
    RepositoryService repository;

    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    @Test
    void theGoodModelIsDeployed() {
        Deployment deployment = deploy(GOOD, true);

        assertThat(repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).list())
                .extracting("key").containsExactlyInAnyOrder("designer_check_good", "designer_check_called");
    }

    @Test
    void aFormAlreadyDeployedResolvesWithLatestBinding() {
        deploy(FORM.replace("designer-test-task", "designer-test-earlier"), "earlier.form");

        Deployment deployment = deploy(GOOD.replace("formRef=\"designer-test-task\"", "formRef=\"designer-test-earlier\""), false);

        assertThat(repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).count()).isEqualTo(2);
    }

    @Test
    void aUserTaskWithoutCandidateGroupIsRefused() {
        ParseException refused = refuse(replace(GOOD, "camunda:candidateGroups=\"complaint-handler\"", ""));

        assertThat(refused).hasMessageContaining("Task_Review: user task has no candidate group");
        assertThat(mainElements(refused)).containsExactly("Task_Review");
    }

    /** Outside a request (a deployment at startup, or by an engine job) the refusal is in Chinese, the default. */
    @Test
    void outsideARequestTheRefusalIsChinese() {
        RequestContextHolder.resetRequestAttributes();

        ParseException refused = refuse(replace(GOOD, "camunda:candidateGroups=\"complaint-handler\"", ""));

        assertThat(refused).hasMessageContaining("ParcelDesk 模型检查拒绝了该模型，共")
                .hasMessageContaining("Task_Review: 用户任务未设置候选组：请设置 camunda:candidateGroups（或 camunda:candidateUsers）")
                .hasMessageNotContaining("candidate group");
        assertThat(mainElements(refused)).containsExactly("Task_Review");
    }

    @Test
    void aUserTaskWithoutFormIsRefused() {
        ParseException refused = refuse(replace(GOOD,
                "camunda:formRef=\"designer-test-task\" camunda:formRefBinding=\"latest\"", ""));

        assertThat(refused).hasMessageContaining("Task_Review: user task has no form");
    }

    @Test
    void aFormRefThatResolvesToNoFormIsRefused() {
        ParseException refused = refuse(replace(GOOD, "formRef=\"designer-test-task\"", "formRef=\"designer-no-such-form\""));

        assertThat(refused).hasMessageContaining("Task_Review: formRef 'designer-no-such-form' does not resolve");
    }

    @Test
    void deploymentBindingNeedsTheFormInTheSameDeployment() {
        deploy(FORM, "designer-task.form");

        ParseException refused = catchThrowableOfType(ParseException.class, () -> deploy(
                replace(GOOD, "camunda:formRefBinding=\"latest\"", "camunda:formRefBinding=\"deployment\""), false));

        assertThat(refused).hasMessageContaining("Task_Review: formRef 'designer-test-task' does not resolve");
    }

    @Test
    void aDelegateExpressionNamingNoBeanIsRefused() {
        ParseException refused = refuse(replace(GOOD,
                "camunda:delegateExpression=\"${designerTestDelegate}\"", "camunda:delegateExpression=\"${notifyNobody}\""));

        assertThat(refused).hasMessageContaining("Task_Notify: delegateExpression ${notifyNobody} names no Spring bean 'notifyNobody'");
        assertThat(mainElements(refused)).containsExactly("Task_Notify");
    }

    @Test
    void aListenerIsReportedUnderItsTask() {
        ParseException refused = refuse(replace(GOOD,
                "delegateExpression=\"${designerTestDelegate}\" />", "delegateExpression=\"${reviewWatcher}\" />"));

        assertThat(refused).hasMessageContaining("Task_Review: delegateExpression ${reviewWatcher} names no Spring bean");
    }

    @Test
    void theSameProblemOfOneElementIsNamedOnce() {
        ParseException refused = refuse(replace(GOOD,
                "<camunda:taskListener event=\"create\" delegateExpression=\"${designerTestDelegate}\" />",
                "<camunda:taskListener event=\"create\" delegateExpression=\"${reviewWatcher}\" />"
                        + "<camunda:taskListener event=\"complete\" delegateExpression=\"${reviewWatcher}\" />"));

        assertThat(refused).hasMessageContaining("1 problem: Task_Review: delegateExpression ${reviewWatcher}");
    }

    @Test
    void decisionResultInAnOutputMappingIsTheEngines() {
        Deployment deployment = deploy(GOOD, true);

        assertThat(GOOD).contains("${decisionResult.getSingleResult()}");
        assertThat(repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).count()).isEqualTo(2);
    }

    @Test
    void aMethodCallOnAnUnknownNameIsRefused() {
        ParseException refused = refuse(replace(GOOD, "${level == 'MANAGER'}", "${tariffs.levelOf(authority)}"));

        assertThat(refused).hasMessageContaining("Task_Notify: expression ${tariffs.levelOf(authority)} calls method"
                + " 'levelOf' of 'tariffs', which is no ParcelDesk bean on the allow-list");
    }

    @Test
    void aConfiguredSlaIsAcceptedAndAMisspeltOneRefused() {
        String withDue = "camunda:candidateGroups=\"complaint-handler\" camunda:dueDate=\"${slaClocks.dueDate(execution, '%s')}\"";

        deploy(replace(GOOD, "camunda:candidateGroups=\"complaint-handler\"", withDue.formatted("complaint-resolution")), true);
        ParseException refused = refuse(replace(GOOD, "camunda:candidateGroups=\"complaint-handler\"",
                withDue.formatted("complaint-resoluton")));

        assertThat(refused).hasMessageContaining(
                "Task_Review: SLA 'complaint-resoluton' is not defined under parceldesk.sla.definitions");
    }

    @Test
    void anEscalationTaskNeedsAConfiguredSlaAndALevel() {
        String escalation = """
                <bpmn:serviceTask id="Task_Escalate" name="升级 Escalate" camunda:delegateExpression="${slaEscalation}">
                  <bpmn:extensionElements><camunda:inputOutput>
                    <camunda:inputParameter name="sla">complaint-first-kontakt</camunda:inputParameter>
                    <camunda:inputParameter name="level">CRITICAL</camunda:inputParameter>
                  </camunda:inputOutput></bpmn:extensionElements>
                </bpmn:serviceTask>
                """ + "<bpmn:endEvent id=\"End_Done\"";

        ParseException refused = refuse(replace(GOOD, "<bpmn:endEvent id=\"End_Done\"", escalation));

        assertThat(refused.getMessage()).contains(
                "Task_Escalate: SLA 'complaint-first-kontakt' is not defined",
                "Task_Escalate: ${slaEscalation} level 'CRITICAL' is neither WARNING nor BREACH");
    }

    @Test
    void aMissingDecisionIsRefused() {
        ParseException refused = refuse(replace(GOOD, "decisionRef=\"claim-approval-authority\"", "decisionRef=\"claim-limits\""));

        assertThat(refused).hasMessageContaining("Task_Decide: decisionRef 'claim-limits' does not resolve");
    }

    @Test
    void aMissingCalledProcessIsRefused() {
        ParseException refused = refuse(replace(GOOD, "calledElement=\"designer_check_called\"", "calledElement=\"designer_gone\""));

        assertThat(refused).hasMessageContaining("Call_Sub: calledElement 'designer_gone' does not resolve");
    }

    @Test
    void aProcessWithoutHistoryTimeToLiveIsRefused() {
        ParseException refused = refuse(replace(GOOD,
                "isExecutable=\"true\" camunda:historyTimeToLive=\"1095\"", "isExecutable=\"true\""));

        assertThat(refused).hasMessageContaining("designer_check_good: process has no camunda:historyTimeToLive");
    }

    @Test
    void everyProblemOfAModelIsNamedAtOnce() {
        String broken = read("check-broken.bpmn");

        ParseException refused = catchThrowableOfType(ParseException.class, () -> repository.createDeployment()
                .name("designer-check-broken").addString("check-broken.bpmn", broken).deploy());

        assertThat(refused.getMessage()).contains(
                "5 problems",
                "designer_check_broken: process has no camunda:historyTimeToLive",
                "Task_Triage: user task has no candidate group",
                "Task_Triage: user task has no form",
                "Task_Refund: delegateExpression ${refundPayer} names no Spring bean 'refundPayer'",
                "Flow_Approved: expression ${limits.allows(amount)} calls method 'allows' of 'limits'");
    }

    @Test
    void aDecisionWithoutHistoryTimeToLiveIsRefused() {
        String dmn = read("check-decision-no-ttl.dmn");

        ParseException refused = catchThrowableOfType(ParseException.class, () -> repository.createDeployment()
                .name("designer-check-dmn").addString("check-decision-no-ttl.dmn", dmn).deploy());

        assertThat(refused).hasMessageContaining("Decision_CheckLimit: decision has no camunda:historyTimeToLive");
        assertThat(mainElements(refused)).containsExactly("Decision_CheckLimit");
    }

    @Test
    void aRefusedDeploymentLeavesNothingBehind() {
        String name = "designer-refused-" + UUID.randomUUID();

        catchThrowableOfType(ParseException.class, () -> repository.createDeployment().name(name)
                .addString("designer-task.form", FORM)
                .addString("check-good.bpmn", replace(GOOD, "decisionRef=\"claim-approval-authority\"", "decisionRef=\"nope\""))
                .deploy());

        assertThat(repository.createDeploymentQuery().deploymentName(name).count()).isZero();
    }

    @Test
    void theChecksAreInstalledInTheEngineThatAlsoAutoDeploysAtStartup() {
        assertThat(engineConfiguration.getCustomPostBPMNParseListeners())
                .anyMatch(listener -> listener instanceof ModelCheckParseListener);
        assertThat(engineConfiguration.getCustomPreDeployers()).anyMatch(deployer -> deployer instanceof DecisionModelChecks);
        // processes/*.dmn went through those checks when the context started
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("claim-approval-authority").count())
                .isPositive();
    }

    private ParseException refuse(String bpmn) {
        ParseException refused = catchThrowableOfType(ParseException.class, () -> deploy(bpmn, true));
        assertThat(refused).as("deployment should have been refused").isNotNull();
        return refused;
    }

    private Deployment deploy(String bpmn, boolean withForm) {
        var builder = repository.createDeployment().name("designer-check").addString("check-good.bpmn", bpmn);
        if (withForm) {
            builder.addString("designer-task.form", FORM);
        }
        return builder.deploy();
    }

    private Deployment deploy(String form, String resourceName) {
        return repository.createDeployment().name("designer-check-form").addString(resourceName, form).deploy();
    }

    private static java.util.List<String> mainElements(ParseException refused) {
        return refused.getResorceReports().stream().flatMap(report -> report.getErrors().stream())
                .map(Problem::getMainElementId).toList();
    }
}
