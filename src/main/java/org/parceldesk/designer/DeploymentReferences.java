package org.parceldesk.designer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves a model's references against the resources of the deployment being made and, unless the
 * binding is {@code deployment}, against the latest definitions already in the repository. Reads the
 * repository through the engine's entity managers, inside the deploying command, so that the
 * deploying user's authorizations do not hide a definition.
 */
class DeploymentReferences implements ModelReferences {

    private static final Logger log = LoggerFactory.getLogger(DeploymentReferences.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DeploymentEntity deployment;
    private final CommandContext commandContext;
    private final Predicate<String> beans;
    private final Predicate<String> allowedBeans;
    private final Predicate<String> slas;
    private Set<String> forms;
    private Set<String> decisions;
    private Set<String> processes;

    DeploymentReferences(DeploymentEntity deployment, CommandContext commandContext, Predicate<String> beans,
            Predicate<String> allowedBeans, Predicate<String> slas) {
        this.deployment = deployment;
        this.commandContext = commandContext;
        this.beans = beans;
        this.allowedBeans = allowedBeans;
        this.slas = slas;
    }

    @Override
    public boolean beanExists(String name) {
        return beans.test(name);
    }

    @Override
    public boolean beanAllowed(String name) {
        return allowedBeans.test(name);
    }

    @Override
    public boolean slaExists(String slaName) {
        return slas.test(slaName);
    }

    @Override
    public boolean formExists(String formId, String binding) {
        if (forms == null) {
            forms = collect(".form", this::formIds);
        }
        return forms.contains(formId) || !sameDeploymentOnly(binding) && commandContext
                .getCamundaFormDefinitionManager()
                .findLatestDefinitionByKeyAndTenantId(formId, deployment.getTenantId()) != null;
    }

    @Override
    public boolean decisionExists(String decisionKey, String binding) {
        if (decisions == null) {
            decisions = collect(".dmn", this::decisionIds);
        }
        return decisions.contains(decisionKey) || !sameDeploymentOnly(binding) && commandContext
                .getDecisionDefinitionManager()
                .findLatestDefinitionByKeyAndTenantId(decisionKey, deployment.getTenantId()) != null;
    }

    @Override
    public boolean processExists(String processKey, String binding) {
        if (processes == null) {
            processes = collect(".bpmn", this::processIds);
        }
        return processes.contains(processKey) || !sameDeploymentOnly(binding) && commandContext
                .getProcessDefinitionManager()
                .findLatestDefinitionByKeyAndTenantId(processKey, deployment.getTenantId()) != null;
    }

    private static boolean sameDeploymentOnly(String binding) {
        return "deployment".equals(binding);
    }

    private interface IdReader {
        void read(ResourceEntity resource, Set<String> ids) throws Exception;
    }

    private Set<String> collect(String suffix, IdReader reader) {
        Set<String> ids = new HashSet<>();
        for (ResourceEntity resource : deployment.getResources().values()) {
            String name = resource.getName();
            if (name.endsWith(suffix) || name.endsWith(suffix + "20.xml") || name.endsWith(suffix + "11.xml")) {
                try {
                    reader.read(resource, ids);
                } catch (Exception e) {
                    // the resource's own deployer reports what is wrong with it
                    log.debug("Could not read ids from {}: {}", name, e.getMessage());
                }
            }
        }
        return ids;
    }

    private void formIds(ResourceEntity resource, Set<String> ids) throws Exception {
        JsonNode id = JSON.readTree(resource.getBytes()).get("id");
        if (id != null && id.isTextual()) {
            ids.add(id.asText());
        }
    }

    private void decisionIds(ResourceEntity resource, Set<String> ids) {
        Dmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()))
                .getModelElementsByType(Decision.class).forEach(decision -> ids.add(decision.getId()));
    }

    private void processIds(ResourceEntity resource, Set<String> ids) {
        Bpmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()))
                .getModelElementsByType(Process.class).forEach(process -> ids.add(process.getId()));
    }
}
