package org.parceldesk.designer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.parceldesk.designer.TestModels.read;
import static org.parceldesk.designer.TestModels.replace;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Deployed models are code: each way a model could carry or reach code, planted in the good test
 * model and deployed through the RepositoryService (the path of every deployment), is refused with
 * the element, the construct or expression, and the reason named — and nothing is deployed.
 * Read as a deployer asking for English ({@link EnglishReader}); Chinese is the default (docs/messages.md).
 */
@ExtendWith(EnglishReader.class)
@ParcelDeskTest
class ModelCodeChecksTest {

    private static final String GOOD = read("check-good.bpmn");
    private static final String FORM = read("designer-task.form");
    private static final String XSI = "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";
    private static final String END = "<bpmn:endEvent id=\"End_Done\"";
    private static final String REVIEW_LISTENER = "<camunda:taskListener event=\"create\" delegateExpression=\"${designerTestDelegate}\" />";
    private static final String NOTIFY_INPUT = "<camunda:inputParameter name=\"manager\">${level == 'MANAGER'}</camunda:inputParameter>";
    private static final String NOTIFY_DELEGATE = "camunda:delegateExpression=\"${designerTestDelegate}\">";
    private static final String NOTIFY_LISTENER = "<camunda:executionListener event=\"start\" expression=\"${slaClocks.start(execution, 'complaint-resolution')}\" />";
    private static final String CONDITION = "${!empty authority &amp;&amp; satisfaction &lt;= complaintSettings.dissatisfiedAtMost}";
    private static final String REVIEW_GROUPS = "camunda:candidateGroups=\"complaint-handler\"";

    @Autowired
    RepositoryService repository;
    @Autowired
    ListableBeanFactory beanFactory;
    @Autowired
    ModelCheckProperties properties;

    static Stream<Arguments> forbidden() {
        return Stream.of(
                Arguments.of("script task", END, "<bpmn:scriptTask id=\"Task_Script\" name=\"脚本 Script\" scriptFormat=\"javascript\">"
                        + "<bpmn:script>java.lang.Runtime.getRuntime().exec('id')</bpmn:script></bpmn:scriptTask>" + END,
                        List.of("Task_Script: script task (javascript) is refused")),
                Arguments.of("external script task", END, "<bpmn:scriptTask id=\"Task_External\" name=\"外部 External\""
                        + " scriptFormat=\"groovy\" camunda:resource=\"deployment://evil.groovy\" />" + END,
                        List.of("Task_External: script task (groovy) is refused",
                                "Task_External: camunda:resource=\"deployment://evil.groovy\" (an external script) is refused")),
                Arguments.of("script task listener", REVIEW_LISTENER, "<camunda:taskListener event=\"create\"><camunda:script"
                        + " scriptFormat=\"groovy\">task.execution.processEngineServices.identityService</camunda:script></camunda:taskListener>",
                        List.of("Task_Review: camunda:script (groovy) inside taskListener is refused")),
                Arguments.of("external script execution listener", NOTIFY_LISTENER, "<camunda:executionListener event=\"start\">"
                        + "<camunda:script scriptFormat=\"javascript\" resource=\"deployment://evil.js\" /></camunda:executionListener>",
                        List.of("Task_Notify: camunda:script (javascript) inside executionListener is refused",
                                "Task_Notify: camunda:resource=\"deployment://evil.js\" (an external script) is refused")),
                Arguments.of("script input parameter", NOTIFY_INPUT, "<camunda:inputParameter name=\"manager\"><camunda:script"
                        + " scriptFormat=\"javascript\">execution.getProcessEngine()</camunda:script></camunda:inputParameter>",
                        List.of("Task_Notify: camunda:script (javascript) inside inputParameter is refused")),
                Arguments.of("script condition", "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\"",
                        "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\" language=\"javascript\"",
                        List.of("Flow_ToEnd: script condition (language=\"javascript\") is refused")),
                Arguments.of("class delegate", NOTIFY_DELEGATE, "camunda:class=\"org.parceldesk.designer.DesignerTestDelegate\">",
                        List.of("Task_Notify: camunda:class=\"org.parceldesk.designer.DesignerTestDelegate\" is refused")),
                Arguments.of("class listener", REVIEW_LISTENER,
                        "<camunda:taskListener event=\"create\" class=\"org.parceldesk.designer.DesignerTestDelegate\" />",
                        List.of("Task_Review: camunda:class=\"org.parceldesk.designer.DesignerTestDelegate\" is refused")),
                Arguments.of("connector", END, "<bpmn:serviceTask id=\"Task_Call\" name=\"调用 Call\"><bpmn:extensionElements>"
                        + "<camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector>"
                        + "</bpmn:extensionElements></bpmn:serviceTask>" + END,
                        List.of("Task_Call: camunda:connector is refused")),
                Arguments.of("the issue's attack in a listener", NOTIFY_LISTENER, "<camunda:executionListener event=\"start\" expression=\""
                        + "${execution.getProcessEngineServices().getIdentityService().createMembership('process-designer','admin')}\" />",
                        List.of("Task_Notify: expression ${execution.getProcessEngineServices().getIdentityService()"
                                + ".createMembership('process-designer','admin')} calls method 'createMembership' of the engine's execution:"
                                + " execution may only be passed as an argument to a ParcelDesk bean's method")),
                Arguments.of("engine services in a condition", CONDITION, "${execution.processEngineServices.identityService != null}",
                        List.of("Flow_ToEnd: expression ${execution.processEngineServices.identityService != null} reads property"
                                + " 'identityService' of the engine's execution")),
                Arguments.of("engine in a delegate expression", NOTIFY_DELEGATE, "camunda:delegateExpression=\"${execution.getProcessEngine()}\">",
                        List.of("Task_Notify: expression ${execution.getProcessEngine()} calls method 'getProcessEngine':"
                                + " reflection and engine access are never allowed")),
                Arguments.of("an engine bean as delegate", NOTIFY_DELEGATE, "camunda:delegateExpression=\"${runtimeService}\">",
                        List.of("Task_Notify: expression ${runtimeService} uses the Spring bean 'runtimeService', which models may not use")),
                Arguments.of("processEngine in an input parameter", NOTIFY_INPUT, "<camunda:inputParameter name=\"manager\">"
                        + "${processEngine.identityService.createUser('mallory')}</camunda:inputParameter>",
                        List.of("Task_Notify: expression ${processEngine.identityService.createUser('mallory')} reaches engine internals")),
                Arguments.of("a function in a timer", END, "<bpmn:intermediateCatchEvent id=\"Timer_Wait\" name=\"等待 Wait\">"
                        + "<bpmn:timerEventDefinition id=\"TimerDefinition_Wait\"><bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\" "
                        + XSI + ">${dateTime().plusDays(1).toDate()}</bpmn:timeDuration></bpmn:timerEventDefinition>"
                        + "</bpmn:intermediateCatchEvent>" + END,
                        List.of("TimerDefinition_Wait: expression ${dateTime().plusDays(1).toDate()} calls the function dateTime()")),
                Arguments.of("task internals as assignee", REVIEW_GROUPS, REVIEW_GROUPS
                        + " camunda:assignee=\"${task.execution.processEngineServices.identityService}\"",
                        List.of("Task_Review: expression ${task.execution.processEngineServices.identityService} reads property"
                                + " 'identityService' of the engine's task")),
                Arguments.of("engine bean as candidate users", REVIEW_GROUPS, REVIEW_GROUPS
                        + " camunda:candidateUsers=\"${identityService.createUserQuery().list()}\"",
                        List.of("Task_Review: expression ${identityService.createUserQuery().list()} uses the Spring bean 'identityService'")),
                Arguments.of("reflection as due date", REVIEW_GROUPS, REVIEW_GROUPS
                        + " camunda:dueDate=\"${''.getClass().forName('java.lang.Runtime')}\"",
                        List.of("Task_Review: expression ${''.getClass().forName('java.lang.Runtime')} calls method 'forName':"
                                + " reflection and engine access are never allowed")),
                Arguments.of("a variable's method as follow-up date", REVIEW_GROUPS, REVIEW_GROUPS
                        + " camunda:followUpDate=\"${caseNote.followUp()}\"",
                        List.of("Task_Review: expression ${caseNote.followUp()} calls method 'followUp' of 'caseNote', which is"
                                + " no ParcelDesk bean on the allow-list")),
                Arguments.of("engine access in a loop", END, "<bpmn:userTask id=\"Task_Countersign\" name=\"会签 Countersign\" "
                        + REVIEW_GROUPS + " camunda:formRef=\"designer-test-task\" camunda:formRefBinding=\"latest\">"
                        + "<bpmn:multiInstanceLoopCharacteristics camunda:collection=\"${execution.getProcessEngineServices()"
                        + ".getIdentityService().createUserQuery().list()}\" camunda:elementVariable=\"signer\">"
                        + "<bpmn:completionCondition xsi:type=\"bpmn:tFormalExpression\" " + XSI + ">${nrOfCompletedInstances.getClass() != null}"
                        + "</bpmn:completionCondition></bpmn:multiInstanceLoopCharacteristics></bpmn:userTask>" + END,
                        List.of("Task_Countersign: expression ${execution.getProcessEngineServices().getIdentityService()"
                                        + ".createUserQuery().list()} calls method 'list' of the engine's execution",
                                "Task_Countersign: expression ${nrOfCompletedInstances.getClass() != null} calls method 'getClass'")),
                Arguments.of("decisionResult outside a business rule task", NOTIFY_INPUT,
                        "<camunda:inputParameter name=\"manager\">${decisionResult.getSingleResult()}</camunda:inputParameter>",
                        List.of("Task_Notify: expression ${decisionResult.getSingleResult()} reads decisionResult outside")),
                Arguments.of("an engine bean's method with execution", NOTIFY_LISTENER, "<camunda:executionListener event=\"start\""
                        + " expression=\"${runtimeService.deleteProcessInstance(execution.processInstanceId, 'gone')}\" />",
                        List.of("Task_Notify: expression ${runtimeService.deleteProcessInstance(execution.processInstanceId, 'gone')}"
                                + " uses the Spring bean 'runtimeService'")),
                Arguments.of("engine access in a message name", "<bpmn:process id=\"designer_check_good\"",
                        "<bpmn:message id=\"Message_Sneaky\" name=\"${execution.processEngineServices.identityService}\" />"
                                + "<bpmn:process id=\"designer_check_good\"",
                        List.of("Message_Sneaky: expression ${execution.processEngineServices.identityService} reads property")),
                Arguments.of("execution as a value", NOTIFY_INPUT, "<camunda:inputParameter name=\"manager\">${execution}</camunda:inputParameter>",
                        List.of("Task_Notify: expression ${execution} uses 'execution' as a value")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forbidden")
    void aModelThatCarriesOrReachesCodeIsRefused(String construct, String from, String to, List<String> expected) {
        String name = "designer-code-" + UUID.randomUUID();

        ParseException refused = catchThrowableOfType(ParseException.class, () -> repository.createDeployment().name(name)
                .addString("check-good.bpmn", replace(GOOD, from, to)).addString("designer-task.form", FORM).deploy());

        assertThat(refused).as(construct + " should be refused").isNotNull();
        assertThat(refused.getMessage()).as(construct).contains(expected);
        assertThat(repository.createDeploymentQuery().deploymentName(name).count()).isZero();
    }

    @Test
    void theGoodModelUsesEveryAllowedKindOfExpressionAndIsDeployed() {
        assertThat(GOOD).contains("${decisionResult.getSingleResult().approvalLevel}", "${level == 'MANAGER'}",
                "${slaClocks.start(execution, 'complaint-resolution')}", "complaintSettings.dissatisfiedAtMost", "#{caseNo}");

        var deployment = repository.createDeployment().name("designer-code-good")
                .addString("check-good.bpmn", GOOD).addString("designer-task.form", FORM).deploy();

        assertThat(repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).count()).isEqualTo(2);
    }

    @Test
    void aCaseModelIsRefused() {
        String name = "designer-cmmn-" + UUID.randomUUID();
        String cmmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <cmmn:definitions xmlns:cmmn="http://www.omg.org/spec/CMMN/20151109/MODEL" id="Definitions_Case" targetNamespace="x">
                  <cmmn:case id="Case_Sneaky"><cmmn:casePlanModel id="CasePlan_Sneaky" /></cmmn:case>
                </cmmn:definitions>
                """;

        ParseException refused = catchThrowableOfType(ParseException.class,
                () -> repository.createDeployment().name(name).addString("sneaky.cmmn", cmmn).deploy());

        assertThat(refused).hasMessageContaining("sneaky.cmmn: CMMN case models are refused");
        assertThat(repository.createDeploymentQuery().deploymentName(name).count()).isZero();
    }

    @Test
    void theAllowListIsWhatTheShippedModelsCallPlusTheConfiguredBeans() {
        var allowed = new AllowedModelBeans(beanFactory, new PathMatchingResourcePatternResolver(), properties).names();

        assertThat(allowed).contains("slaClocks", "slaEscalation", "complaintProgress", "claimFourEyes",
                "violationParticipants", "complaintSettings", "designerTestDelegate");
        assertThat(allowed).doesNotContain("runtimeService", "processEngine", "execution", "handlerGroups", "caseNo");
    }

    @Test
    void anEngineBeanCannotBeAllowedByConfiguration() {
        var configured = new ModelCheckProperties(true, List.of("runtimeService"), properties.shippedModels());
        var allowed = new AllowedModelBeans(beanFactory, new PathMatchingResourcePatternResolver(), configured);

        assertThatThrownBy(allowed::names).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("names the bean 'runtimeService'").hasMessageContaining("which is no ParcelDesk bean");
    }
}
