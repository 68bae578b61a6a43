package org.parceldesk.designer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;

/**
 * The rules a BPMN process must meet before ParcelDesk deploys it (see docs/designing.md):
 * <ul>
 * <li>the process has {@code camunda:historyTimeToLive};</li>
 * <li>every user task has candidate groups or users and a form ({@code camunda:formRef} or {@code camunda:formKey});</li>
 * <li>every {@code formRef}, {@code decisionRef} and {@code calledElement} that is not an expression names a
 *     form, decision or process of the same deployment or one already deployed;</li>
 * <li>every {@code delegateExpression} starts with a Spring bean, and every {@code name.method(...)} in any
 *     expression calls a Spring bean, an engine variable ({@code execution}, {@code task}, ...) or a
 *     variable that the model itself declares (result variable, input/output parameter, call-activity
 *     target, form field, multi-instance element variable, initiator) or that is configured as known;</li>
 * <li>every SLA a model names literally exists in {@code parceldesk.sla.definitions}: in
 *     {@code ${slaClocks.dueDate(execution, 'complaint-resolution')}} and the other {@code slaClocks}
 *     calls, and in the {@code sla} input of a {@code ${slaEscalation}} task, whose {@code level} is
 *     {@code WARNING} or {@code BREACH}.</li>
 * </ul>
 * Plain property reads such as {@code ${amount > 500}} are not checked: a variable and a bean cannot be
 * told apart there. SLA names held in variables are resolved at run time.
 */
class ProcessModelCheck {

    /**
     * Names the engine itself resolves in expressions: the execution and task, and {@code decisionResult}
     * in the output mapping of a business rule task, {@code response} in a connector's output mapping.
     */
    static final Set<String> ENGINE_VARIABLES = Set.of("execution", "task", "externalTask", "caseExecution",
            "variableScope", "authenticatedUserId", "decisionResult", "response");

    private static final Namespace CAMUNDA = BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS;
    /** Attributes whose value is the name of a variable the model writes. */
    private static final Set<String> VARIABLE_ATTRIBUTES = Set.of("resultVariable", "elementVariable",
            "errorCodeVariable", "errorMessageVariable", "escalationCodeVariable", "initiator");
    /** The SLA name in {@code slaClocks.anyMethod(firstArgument, 'name'}. */
    private static final Pattern SLA_CLOCK_CALL =
            Pattern.compile("(?<![\\w$.])slaClocks\\s*\\.\\s*\\w+\\s*\\(\\s*[^,()]*,\\s*(['\"])([^'\"]*)\\1");
    private static final Set<String> SLA_LEVELS = Set.of("WARNING", "BREACH");
    /** Element text that is not an expression: scripts and prose. */
    private static final Set<String> NOT_EXPRESSIONS = Set.of("script", "documentation", "text", "string", "properties");

    private final ModelReferences references;
    private final Set<String> knownVariables;

    ProcessModelCheck(ModelReferences references, Collection<String> knownVariables) {
        this.references = references;
        this.knownVariables = new HashSet<>(ENGINE_VARIABLES);
        this.knownVariables.addAll(knownVariables);
    }

    /** Problems of the given process element (one {@code <process>} of the definitions). */
    List<ModelProblem> check(Element process) {
        List<ModelProblem> problems = new ArrayList<>();
        String processId = process.attribute("id");
        String httl = process.attributeNS(CAMUNDA, "historyTimeToLive");
        if (httl == null || httl.isBlank()) {
            problems.add(new ModelProblem(processId,
                    "process has no camunda:historyTimeToLive (ParcelDesk keeps history 1095 days: historyTimeToLive=\"1095\")"));
        }
        Set<String> variables = new HashSet<>(knownVariables);
        collectDeclaredVariables(process, variables);
        walk(process, processId, variables, problems);
        // a task with three listeners naming the same missing bean is one problem
        return problems.stream().distinct().toList();
    }

    private void walk(Element element, String ownerId, Set<String> variables, List<ModelProblem> problems) {
        String id = element.attribute("id");
        String owner = id != null && !id.isBlank() ? id : ownerId;
        String tag = element.getTagName();

        switch (tag) {
            case "userTask" -> checkUserTask(element, owner, problems);
            case "businessRuleTask" -> checkDecisionRef(element, owner, problems);
            case "callActivity" -> checkCalledElement(element, owner, problems);
            case "startEvent" -> checkFormRef(element, owner, problems);
            case "serviceTask", "sendTask" -> checkSlaEscalation(element, owner, problems);
            default -> {
            }
        }
        for (String attribute : element.attributes()) {
            String value = element.attribute(attribute);
            String name = attribute.substring(attribute.lastIndexOf(':') + 1);
            if ("delegateExpression".equals(name)) {
                checkDelegateExpression(value, owner, variables, problems);
            } else if (ElExpressions.containsExpression(value)) {
                checkMethodCalls(value, owner, variables, problems);
            }
        }
        if (NOT_EXPRESSIONS.contains(tag)) {
            return;
        }
        if (ElExpressions.containsExpression(element.getText())) {
            checkMethodCalls(element.getText(), owner, variables, problems);
        }
        for (Element child : element.elements()) {
            walk(child, owner, variables, problems);
        }
    }

    private void checkUserTask(Element task, String id, List<ModelProblem> problems) {
        boolean candidates = present(task.attributeNS(CAMUNDA, "candidateGroups"))
                || present(task.attributeNS(CAMUNDA, "candidateUsers"))
                || !task.elements("potentialOwner").isEmpty();
        if (!candidates) {
            problems.add(new ModelProblem(id,
                    "user task has no candidate group: set camunda:candidateGroups (or camunda:candidateUsers)"));
        }
        if (!present(task.attributeNS(CAMUNDA, "formRef")) && !present(task.attributeNS(CAMUNDA, "formKey"))) {
            problems.add(new ModelProblem(id, "user task has no form: set camunda:formRef to a Camunda Form id"
                    + " with camunda:formRefBinding=\"latest\" (or camunda:formKey)"));
        }
        checkFormRef(task, id, problems);
    }

    private void checkFormRef(Element element, String id, List<ModelProblem> problems) {
        String formRef = element.attributeNS(CAMUNDA, "formRef");
        if (present(formRef) && !ElExpressions.containsExpression(formRef)
                && !references.formExists(formRef, element.attributeNS(CAMUNDA, "formRefBinding"))) {
            problems.add(new ModelProblem(id, "formRef '" + formRef
                    + "' does not resolve: no Camunda Form with that id in this deployment or already deployed"));
        }
    }

    private void checkDecisionRef(Element task, String id, List<ModelProblem> problems) {
        String decisionRef = task.attributeNS(CAMUNDA, "decisionRef");
        if (present(decisionRef) && !ElExpressions.containsExpression(decisionRef)
                && !references.decisionExists(decisionRef, task.attributeNS(CAMUNDA, "decisionRefBinding"))) {
            problems.add(new ModelProblem(id, "decisionRef '" + decisionRef
                    + "' does not resolve: no DMN decision with that id in this deployment or already deployed"));
        }
    }

    private void checkCalledElement(Element callActivity, String id, List<ModelProblem> problems) {
        String calledElement = callActivity.attribute("calledElement");
        if (present(calledElement) && !ElExpressions.containsExpression(calledElement)
                && !references.processExists(calledElement, callActivity.attributeNS(CAMUNDA, "calledElementBinding"))) {
            problems.add(new ModelProblem(id, "calledElement '" + calledElement
                    + "' does not resolve: no process with that id in this deployment or already deployed"));
        }
    }

    private void checkDelegateExpression(String expression, String id, Set<String> variables,
            List<ModelProblem> problems) {
        ElExpressions.leadingIdentifier(expression)
                .filter(name -> !variables.contains(name) && !references.beanExists(name))
                .ifPresent(name -> problems.add(new ModelProblem(id, "delegateExpression " + expression
                        + " names no Spring bean '" + name + "'")));
        checkMethodCalls(expression, id, variables, problems);
    }

    /** The {@code sla} and {@code level} inputs of an escalation task, when they are literal. */
    private void checkSlaEscalation(Element task, String id, List<ModelProblem> problems) {
        String delegate = task.attributeNS(CAMUNDA, "delegateExpression");
        if (delegate == null || !"slaEscalation".equals(ElExpressions.leadingIdentifier(delegate).orElse(null))) {
            return;
        }
        String sla = null;
        String level = null;
        for (Element extensions : task.elements("extensionElements")) {
            for (Element io : extensions.elements("inputOutput")) {
                for (Element input : io.elements("inputParameter")) {
                    if ("sla".equals(input.attribute("name"))) {
                        sla = input.getText().strip();
                    } else if ("level".equals(input.attribute("name"))) {
                        level = input.getText().strip();
                    }
                }
            }
        }
        if (sla == null || sla.isEmpty()) {
            problems.add(new ModelProblem(id, "${slaEscalation} task has no input parameter 'sla' (the SLA's name)"));
        } else {
            checkSlaName(sla, id, problems);
        }
        if (level == null || level.isEmpty()) {
            problems.add(new ModelProblem(id, "${slaEscalation} task has no input parameter 'level' (WARNING or BREACH)"));
        } else if (!ElExpressions.containsExpression(level) && !SLA_LEVELS.contains(level)) {
            problems.add(new ModelProblem(id, "${slaEscalation} level '" + level + "' is neither WARNING nor BREACH"));
        }
    }

    private void checkSlaName(String name, String id, List<ModelProblem> problems) {
        if (!ElExpressions.containsExpression(name) && !references.slaExists(name)) {
            problems.add(new ModelProblem(id, "SLA '" + name + "' is not defined under parceldesk.sla.definitions"));
        }
    }

    private void checkSlaClockCalls(String expression, String id, List<ModelProblem> problems) {
        Matcher call = SLA_CLOCK_CALL.matcher(expression);
        while (call.find()) {
            checkSlaName(call.group(2), id, problems);
        }
    }

    private void checkMethodCalls(String expression, String id, Set<String> variables, List<ModelProblem> problems) {
        checkSlaClockCalls(expression, id, problems);
        for (String name : ElExpressions.methodCallTargets(expression)) {
            if (!variables.contains(name) && !references.beanExists(name)) {
                problems.add(new ModelProblem(id, "expression " + expression.strip() + " calls a method on '" + name
                        + "', which is no Spring bean and no variable declared in the model"
                        + " (if code sets it, list it in parceldesk.designer.checks.known-variables)"));
            }
        }
    }

    /** Variables the model itself writes; anything written only by Java code must be configured. */
    private static void collectDeclaredVariables(Element element, Set<String> variables) {
        for (String attribute : element.attributes()) {
            String name = attribute.substring(attribute.lastIndexOf(':') + 1);
            if (VARIABLE_ATTRIBUTES.contains(name) && present(element.attribute(attribute))) {
                variables.add(element.attribute(attribute).strip());
            }
        }
        switch (element.getTagName()) {
            case "inputParameter", "outputParameter" -> addIfPresent(variables, element.attribute("name"));
            case "in", "out" -> addIfPresent(variables, element.attribute("target"));
            case "formField" -> addIfPresent(variables, element.attribute("id"));
            default -> {
            }
        }
        for (Element child : element.elements()) {
            collectDeclaredVariables(child, variables);
        }
    }

    private static void addIfPresent(Set<String> variables, String name) {
        if (present(name)) {
            variables.add(name.strip());
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
