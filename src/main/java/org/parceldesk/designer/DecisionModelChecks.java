package org.parceldesk.designer;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * The deployment check for DMN files: runs before the engine's own deployers and refuses a new
 * deployment whose decisions lack a history time-to-live, naming each decision (the engine's own
 * refusal, ENGINE-12018, names none). Files it cannot read are left to the DMN deployer to report.
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
                problems.add(new ModelProblem(decision.getId(),
                        "decision has no camunda:historyTimeToLive (ParcelDesk keeps history 1095 days: historyTimeToLive=\"1095\")"));
            }
        }
        if (!problems.isEmpty()) {
            String message = ModelCheckParseListener.message(problems) + " | resource " + resource.getName();
            List<Problem> errors = problems.stream().<Problem>map(DecisionProblem::new).toList();
            throw new ParseException(message, resource.getName(), errors, List.of());
        }
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
