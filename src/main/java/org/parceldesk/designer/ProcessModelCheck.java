package org.parceldesk.designer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;
import org.camunda.bpm.impl.juel.AstString;
import org.parceldesk.common.Messages;

/**
 * The rules a BPMN process must meet before ParcelDesk deploys it (see docs/designing.md):
 * <ul>
 * <li>the process has {@code camunda:historyTimeToLive};</li>
 * <li>every user task has candidate groups or users and a form ({@code camunda:formRef} or {@code camunda:formKey});</li>
 * <li>every {@code formRef}, {@code decisionRef} and {@code calledElement} that is not an expression names a
 *     form, decision or process of the same deployment or one already deployed;</li>
 * <li>no code of its own: no script task, no {@code camunda:script} (listeners, input/output), no script
 *     condition ({@code language}), no external script ({@code camunda:resource}), no connector, no
 *     {@code camunda:class} or {@code camunda:variableMappingClass};</li>
 * <li>every {@code delegateExpression} names a ParcelDesk bean of the allow-list, and every expression anywhere
 *     in the process (conditions, listeners, input/output, timers, assignments, due dates, loops ...) passes
 *     {@link ExpressionPolicy};</li>
 * <li>every SLA a model names literally exists in {@code parceldesk.sla.definitions}: in
 *     {@code ${slaClocks.dueDate(execution, 'complaint-resolution')}} and the other {@code slaClocks}
 *     calls, and in the {@code sla} input of a {@code ${slaEscalation}} task, whose {@code level} is
 *     {@code WARNING} or {@code BREACH}.</li>
 * </ul>
 * SLA names held in variables are resolved at run time.
 */
class ProcessModelCheck {

    private static final Namespace CAMUNDA = BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS;
    private static final Set<String> SLA_LEVELS = Set.of("WARNING", "BREACH");
    /** Element text that is not an expression: prose, literal strings, and scripts (refused on their own). */
    private static final Set<String> NOT_EXPRESSIONS = Set.of("script", "documentation", "text", "string", "properties");
    private static final Set<String> GLOBAL_ELEMENTS = Set.of("message", "signal", "error", "escalation");
    /** Attributes naming a Java class the engine would instantiate. */
    private static final Set<String> CLASS_ATTRIBUTES = Set.of("class", "variableMappingClass");

    private final ModelReferences references;
    private final ExpressionPolicy expressions;

    ProcessModelCheck(ModelReferences references) {
        this.references = references;
        this.expressions = new ExpressionPolicy(references::beanExists, references::beanAllowed);
    }

    /** Problems of the given process element (one {@code <process>} of the definitions). */
    List<ModelProblem> check(Element process) {
        List<ModelProblem> problems = new ArrayList<>();
        String processId = process.attribute("id");
        String httl = process.attributeNS(CAMUNDA, "historyTimeToLive");
        if (httl == null || httl.isBlank()) {
            problems.add(new ModelProblem(processId, Messages.forReader("designer.check.process.history-ttl")));
        }
        walk(process, processId, null, false, problems);
        // a task with three listeners naming the same missing bean is one problem
        return problems.stream().distinct().toList();
    }

    /**
     * Problems of the definitions-level elements whose names the engine evaluates as expressions for a
     * running case: {@code message} and {@code signal} names (and, for completeness, errors and escalations).
     */
    List<ModelProblem> checkGlobalElements(Element definitions) {
        List<ModelProblem> problems = new ArrayList<>();
        for (Element element : definitions.elements()) {
            if (GLOBAL_ELEMENTS.contains(element.getTagName())) {
                walk(element, element.attribute("id"), null, false, problems);
            }
        }
        return problems.stream().distinct().toList();
    }

    private void walk(Element element, String ownerId, String parentTag, boolean decisionResultInScope,
            List<ModelProblem> problems) {
        String id = element.attribute("id");
        String owner = id != null && !id.isBlank() ? id : ownerId;
        String tag = element.getTagName();
        boolean decisionScope = decisionResultInScope || "businessRuleTask".equals(tag);

        switch (tag) {
            case "userTask" -> checkUserTask(element, owner, problems);
            case "businessRuleTask" -> checkDecisionRef(element, owner, problems);
            case "callActivity" -> checkCalledElement(element, owner, problems);
            case "startEvent" -> checkFormRef(element, owner, problems);
            case "serviceTask", "sendTask" -> checkSlaEscalation(element, owner, problems);
            case "scriptTask" -> problems.add(new ModelProblem(owner,
                    Messages.forReader("designer.check.script-task", format(element))));
            case "script" -> {
                if (!"scriptTask".equals(parentTag)) {
                    problems.add(new ModelProblem(owner,
                            Messages.forReader("designer.check.script", format(element), parentTag)));
                }
            }
            case "connector" -> problems.add(new ModelProblem(owner, Messages.forReader("designer.check.connector")));
            default -> {
            }
        }
        for (String attribute : element.attributes()) {
            String value = element.attribute(attribute);
            String name = attribute.substring(attribute.lastIndexOf(':') + 1);
            if (CLASS_ATTRIBUTES.contains(name)) {
                problems.add(new ModelProblem(owner, Messages.forReader("designer.check.class", name, value)));
            } else if ("resource".equals(name)) {
                problems.add(new ModelProblem(owner, Messages.forReader("designer.check.external-script", value)));
            } else if ("language".equals(name)) {
                problems.add(new ModelProblem(owner, Messages.forReader("designer.check.script-condition", value)));
            } else if ("delegateExpression".equals(name)) {
                checkDelegateExpression(value, owner, decisionScope, problems);
            } else if (ElExpressions.containsExpression(value)) {
                checkExpression(value, owner, decisionScope, problems);
            }
        }
        if (NOT_EXPRESSIONS.contains(tag)) {
            return;
        }
        if (ElExpressions.containsExpression(element.getText())) {
            checkExpression(element.getText(), owner, decisionScope, problems);
        }
        for (Element child : element.elements()) {
            walk(child, owner, tag, decisionScope, problems);
        }
    }

    private static String format(Element script) {
        String format = script.attribute("scriptFormat");
        return format == null || format.isBlank() ? Messages.forReader("designer.check.script-format.none") : format;
    }

    private void checkUserTask(Element task, String id, List<ModelProblem> problems) {
        boolean candidates = present(task.attributeNS(CAMUNDA, "candidateGroups"))
                || present(task.attributeNS(CAMUNDA, "candidateUsers"))
                || !task.elements("potentialOwner").isEmpty();
        if (!candidates) {
            problems.add(new ModelProblem(id, Messages.forReader("designer.check.user-task.no-candidates")));
        }
        if (!present(task.attributeNS(CAMUNDA, "formRef")) && !present(task.attributeNS(CAMUNDA, "formKey"))) {
            problems.add(new ModelProblem(id, Messages.forReader("designer.check.user-task.no-form")));
        }
        checkFormRef(task, id, problems);
    }

    private void checkFormRef(Element element, String id, List<ModelProblem> problems) {
        String formRef = element.attributeNS(CAMUNDA, "formRef");
        if (present(formRef) && !ElExpressions.containsExpression(formRef)
                && !references.formExists(formRef, element.attributeNS(CAMUNDA, "formRefBinding"))) {
            problems.add(new ModelProblem(id, Messages.forReader("designer.check.form-ref", formRef)));
        }
    }

    private void checkDecisionRef(Element task, String id, List<ModelProblem> problems) {
        String decisionRef = task.attributeNS(CAMUNDA, "decisionRef");
        if (present(decisionRef) && !ElExpressions.containsExpression(decisionRef)
                && !references.decisionExists(decisionRef, task.attributeNS(CAMUNDA, "decisionRefBinding"))) {
            problems.add(new ModelProblem(id, Messages.forReader("designer.check.decision-ref", decisionRef)));
        }
    }

    private void checkCalledElement(Element callActivity, String id, List<ModelProblem> problems) {
        String calledElement = callActivity.attribute("calledElement");
        if (present(calledElement) && !ElExpressions.containsExpression(calledElement)
                && !references.processExists(calledElement, callActivity.attributeNS(CAMUNDA, "calledElementBinding"))) {
            problems.add(new ModelProblem(id, Messages.forReader("designer.check.called-element", calledElement)));
        }
    }

    private void checkDelegateExpression(String expression, String id, boolean decisionScope,
            List<ModelProblem> problems) {
        String name = ElExpressions.soleIdentifier(expression).orElse(null);
        if (name != null && !references.beanExists(name)) {
            problems.add(new ModelProblem(id, Messages.forReader("designer.check.delegate.no-bean", expression, name)));
            return;
        }
        checkExpression(expression, id, decisionScope, problems);
    }

    /** The {@code sla} and {@code level} inputs of an escalation task, when they are literal. */
    private void checkSlaEscalation(Element task, String id, List<ModelProblem> problems) {
        String delegate = task.attributeNS(CAMUNDA, "delegateExpression");
        if (delegate == null || !"slaEscalation".equals(ElExpressions.soleIdentifier(delegate).orElse(null))) {
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
            problems.add(new ModelProblem(id, Messages.forReader("designer.check.sla.no-sla")));
        } else {
            checkSlaName(sla, id, problems);
        }
        if (level == null || level.isEmpty()) {
            problems.add(new ModelProblem(id, Messages.forReader("designer.check.sla.no-level")));
        } else if (!ElExpressions.containsExpression(level) && !SLA_LEVELS.contains(level)) {
            problems.add(new ModelProblem(id, Messages.forReader("designer.check.sla.level", level)));
        }
    }

    private void checkSlaName(String name, String id, List<ModelProblem> problems) {
        if (!ElExpressions.containsExpression(name) && !references.slaExists(name)) {
            problems.add(new ModelProblem(id, Messages.forReader("designer.check.sla.unknown", name)));
        }
    }

    private void checkExpression(String expression, String id, boolean decisionScope, List<ModelProblem> problems) {
        String refusal = expressions.refusal(expression, decisionScope).orElse(null);
        if (refusal != null) {
            problems.add(new ModelProblem(id, Messages.forReader("designer.check.expression", expression.strip(), refusal)));
            return;
        }
        checkSlaClockCalls(expression, id, problems);
    }

    /** The SLA name in {@code slaClocks.anyMethod(firstArgument, 'name', ...)} and {@code slaEscalation.taskTimeout(task, 'name', level)}. */
    private void checkSlaClockCalls(String expression, String id, List<ModelProblem> problems) {
        for (ElExpressions.Call call : ElExpressions.calls(ElExpressions.parse(expression))) {
            // slaClocks.dueDate(execution, 'x') …, and the timeout listener slaEscalation.taskTimeout(task, 'x', level)
            if (("slaClocks".equals(call.target()) || "slaEscalation".equals(call.target())) && call.arguments().size() >= 2
                    && call.arguments().get(1) instanceof AstString name) {
                checkSlaName(String.valueOf(name.eval(null, null)), id, problems);
            }
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
