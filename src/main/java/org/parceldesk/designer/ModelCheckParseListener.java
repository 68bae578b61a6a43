package org.parceldesk.designer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.parceldesk.common.Messages;

/**
 * Refuses a BPMN resource whose executable processes break {@link ProcessModelCheck}'s rules, with
 * one parse error that names every offending element. Runs once the engine has parsed the whole
 * file, and only for new deployments: when the engine re-parses an already deployed model (cache
 * miss, another node) nothing is checked, so a bean renamed later can never stop running cases.
 */
class ModelCheckParseListener extends AbstractBpmnParseListener {

    private final Predicate<String> beans;
    private final Predicate<String> allowedBeans;
    private final Predicate<String> slas;

    ModelCheckParseListener(Predicate<String> beans, Predicate<String> allowedBeans, Predicate<String> slas) {
        this.beans = beans;
        this.allowedBeans = allowedBeans;
        this.slas = slas;
    }

    @Override
    public void parseRootElement(Element rootElement, List<ProcessDefinitionEntity> processDefinitions) {
        if (processDefinitions.isEmpty()) {
            return;
        }
        CommandContext commandContext = Context.getCommandContext();
        DeploymentEntity deployment = commandContext.getDeploymentManager()
                .findDeploymentById(processDefinitions.get(0).getDeploymentId());
        if (deployment == null || !deployment.isNew()) {
            return;
        }
        Set<String> executable = processDefinitions.stream().map(ProcessDefinitionEntity::getKey)
                .collect(Collectors.toSet());
        ProcessModelCheck check = new ProcessModelCheck(
                new DeploymentReferences(deployment, commandContext, beans, allowedBeans, slas));
        List<ModelProblem> problems = new ArrayList<>();
        Element firstOffender = null;
        for (Element process : rootElement.elements("process")) {
            if (executable.contains(process.attribute("id"))) {
                List<ModelProblem> found = check.check(process);
                if (firstOffender == null && !found.isEmpty()) {
                    firstOffender = find(process, found.get(0).elementId());
                }
                problems.addAll(found);
            }
        }
        List<ModelProblem> global = check.checkGlobalElements(rootElement);
        if (firstOffender == null && !global.isEmpty()) {
            firstOffender = find(rootElement, global.get(0).elementId());
        }
        problems.addAll(global);
        if (!problems.isEmpty()) {
            throw new BpmnParseException(message(problems), firstOffender);
        }
    }

    static String message(List<ModelProblem> problems) {
        return Messages.forReader("designer.check.refused", problems.size(),
                problems.stream().map(ModelProblem::toString).collect(Collectors.joining("; ")));
    }

    private static Element find(Element element, String id) {
        if (id != null && id.equals(element.attribute("id"))) {
            return element;
        }
        for (Element child : element.elements()) {
            Element found = find(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
