package org.parceldesk.designer;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.UnaryTests;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.parceldesk.common.Messages;

/**
 * The deployment check for DMN files: runs before the engine's own deployers and refuses a new
 * deployment whose decisions lack a history time-to-live (the engine's own refusal, ENGINE-12018,
 * names none), use an expression language other than FEEL (JUEL and scripts are code), or whose
 * decision tables break {@link DecisionTableCheck}'s rules, naming each decision and rule. Files it
 * cannot read are left to the DMN deployer to report.
 */
class DecisionModelChecks implements Deployer {

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew() || deployment.getResources() == null) {
            return;
        }
        for (ResourceEntity resource : deployment.getResources().values()) {
            if (resource.getName().endsWith(".dmn") || resource.getName().endsWith(".dmn11.xml")) {
                check(resource);
            }
        }
    }

    private static void check(ResourceEntity resource) {
        DmnModelInstance model;
        try {
            model = Dmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()));
        } catch (RuntimeException unreadable) {
            return;
        }
        List<ModelProblem> problems = new ArrayList<>();
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            String httl = decision.getCamundaHistoryTimeToLiveString();
            if (httl == null || httl.isBlank()) {
                problems.add(new ModelProblem(decision.getId(), Messages.forReader("designer.check.decision.history-ttl")));
            }
            if (decision.getExpression() instanceof DecisionTable table) {
                problems.addAll(DecisionTableCheck.check(decision.getId(), table));
            }
        }
        problems.addAll(expressionLanguages(model));
        if (!problems.isEmpty()) {
            String message = Messages.forReader("designer.check.refused.resource",
                    ModelCheckParseListener.message(problems), resource.getName());
            List<Problem> errors = problems.stream().<Problem>map(DecisionProblem::new).toList();
            throw new ParseException(message, resource.getName(), errors, List.of());
        }
    }

    /** Every expression language other than FEEL, named with the decision it is in. */
    private static List<ModelProblem> expressionLanguages(DmnModelInstance model) {
        List<ModelProblem> problems = new ArrayList<>();
        for (Definitions definitions : model.getModelElementsByType(Definitions.class)) {
            checkLanguage(definitions.getExpressionLanguage(), definitions.getId(), "definitions", problems);
        }
        for (LiteralExpression expression : model.getModelElementsByType(LiteralExpression.class)) {
            checkLanguage(expression.getExpressionLanguage(), decisionOf(expression), describe(expression), problems);
        }
        for (UnaryTests tests : model.getModelElementsByType(UnaryTests.class)) {
            checkLanguage(tests.getExpressionLanguage(), decisionOf(tests), describe(tests), problems);
        }
        return problems;
    }

    private static void checkLanguage(String language, String decisionId, String where, List<ModelProblem> problems) {
        if (language != null && !language.isBlank() && !language.toLowerCase(Locale.ROOT).contains("feel")) {
            problems.add(new ModelProblem(decisionId, Messages.forReader("designer.check.decision.language", where, language)));
        }
    }

    private static String decisionOf(ModelElementInstance element) {
        for (ModelElementInstance at = element; at != null; at = at.getParentElement()) {
            if (at instanceof Decision decision) {
                return decision.getId();
            }
        }
        return "definitions";
    }

    /** "rule Rule_3 inputEntry InputEntry_7", or the element's own type and id outside rules. */
    private static String describe(ModelElementInstance element) {
        String own = element.getElementType().getTypeName() + " " + element.getAttributeValue("id");
        ModelElementInstance parent = element.getParentElement();
        return parent instanceof Rule rule ? Messages.forReader("designer.check.decision.in-rule", rule.getId(), own) : own;
    }

    private record DecisionProblem(ModelProblem problem) implements Problem {

        @Override
        public String getMessage() {
            return problem.message();
        }

        @Override
        public int getLine() {
            return 0;
        }

        @Override
        public int getColumn() {
            return 0;
        }

        @Override
        public String getMainElementId() {
            return problem.elementId();
        }

        @Override
        public List<String> getElementIds() {
            return List.of(problem.elementId());
        }
    }
}
