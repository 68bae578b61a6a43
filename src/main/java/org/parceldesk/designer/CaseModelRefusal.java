package org.parceldesk.designer;

import java.util.List;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.parceldesk.common.Messages;

/**
 * Refuses CMMN case models in a new deployment. ParcelDesk runs BPMN and DMN only; a CMMN file could
 * carry scripts, classes and expressions that the model checks do not read, and the engine would run them.
 */
class CaseModelRefusal implements Deployer {

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew() || deployment.getResources() == null) {
            return;
        }
        for (ResourceEntity resource : deployment.getResources().values()) {
            String name = resource.getName();
            if (name.endsWith(".cmmn") || name.endsWith(".cmmn10.xml") || name.endsWith(".cmmn11.xml")) {
                String message = ModelCheckParseListener.message(List.of(new ModelProblem(name,
                        Messages.forReader("designer.check.cmmn"))));
                throw new ParseException(message, name, List.of(), List.of());
            }
        }
    }
}
