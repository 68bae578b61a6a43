package org.parceldesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Evaluates the deployed decision file itself, so an edit in the Modeler is tested as shipped. */
class ClaimApprovalAuthorityDmnTest {

    private static final String RESOURCE = "processes/claim-approval-authority.dmn";

    private static DmnModelInstance model;
    private static DmnDecision decision;
    private static DmnEngine engine;

    @BeforeAll
    static void parseDecision() throws IOException {
        try (InputStream dmn = ClaimApprovalAuthorityDmnTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            assertThat(dmn).as(RESOURCE + " on the classpath").isNotNull();
            model = Dmn.readModelFromStream(dmn);
        }
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        decision = engine.parseDecision("claim-approval-authority", model);
    }

    @ParameterizedTest(name = "payout {0} → {1} [{2}]")
    @CsvSource(delimiter = '|', value = {
            "0        | AUTO       | ''",
            "200      | AUTO       | ''",
            "200.01   | SUPERVISOR | claims-supervisor",
            "2000     | SUPERVISOR | claims-supervisor",
            "2000.01  | MANAGER    | claims-supervisor,claims-manager",
            "50000    | MANAGER    | claims-supervisor,claims-manager",
    })
    void routesPayoutToItsApprovers(double payout, String approvalLevel, String approverGroups) {
        DmnDecisionResultEntries result = evaluate(payout);

        assertThat(result.<String>getEntry("approvalLevel")).isEqualTo(approvalLevel);
        assertThat(result.<String>getEntry("approverGroups")).isEqualTo(approverGroups);
    }

    @Test
    void acceptsThePayoutAsBigDecimalAsTheCalculatorProducesIt() {
        DmnDecisionResultEntries result = evaluate(new BigDecimal("200.01"));

        assertThat(result.<String>getEntry("approvalLevel")).isEqualTo("SUPERVISOR");
    }

    @Test
    void isNamedForPeopleAndKeepsHistory() {
        assertThat(decision.getKey()).isEqualTo("claim-approval-authority");
        assertThat(decision.getName()).isEqualTo("理赔审批权限 Claim approval authority");
        // the engine refuses to deploy a model without a history time to live (ENGINE-12018)
        Decision modelDecision = model.getModelElementById("claim-approval-authority");
        assertThat(modelDecision.getCamundaHistoryTimeToLive()).isEqualTo(1095);
    }

    /** Exactly one rule must match: UNIQUE fails on overlaps, and a gap would leave no result. */
    private static DmnDecisionResultEntries evaluate(Object payout) {
        DmnDecisionResult result = engine.evaluateDecision(decision, Map.of("payout", payout));
        assertThat(result.getResultList()).as("matching rules for payout " + payout).hasSize(1);
        return result.getSingleResult();
    }
}
