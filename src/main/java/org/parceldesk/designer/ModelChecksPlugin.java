package org.parceldesk.designer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;

/**
 * Installs the deploy-time model checks into the engine: a BPMN parse listener, a deployment
 * check for DMN and the refusal of CMMN. Every deployment passes through them — the Modeler's REST call, the Java API and
 * the starter's auto-deployment of {@code processes/} at startup alike.
 */
class ModelChecksPlugin extends AbstractProcessEnginePlugin {

    private final Predicate<String> beans;
    private final Predicate<String> allowedBeans;
    private final Predicate<String> slas;
    private final ModelCheckProperties properties;

    ModelChecksPlugin(Predicate<String> beans, Predicate<String> allowedBeans, Predicate<String> slas,
            ModelCheckProperties properties) {
        this.beans = beans;
        this.allowedBeans = allowedBeans;
        this.slas = slas;
        this.properties = properties;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (!properties.enabled()) {
            return;
        }
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new ModelCheckParseListener(beans, allowedBeans, slas));
        configuration.setCustomPostBPMNParseListeners(listeners);

        List<Deployer> deployers = configuration.getCustomPreDeployers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreDeployers());
        deployers.add(new DecisionModelChecks());
        deployers.add(new CaseModelRefusal());
        configuration.setCustomPreDeployers(deployers);
    }

    @Override
    public String toString() {
        return "ParcelDesk model checks";
    }
}
