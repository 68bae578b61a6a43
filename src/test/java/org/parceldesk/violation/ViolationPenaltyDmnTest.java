package org.parceldesk.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.parceldesk.violation.PenaltyMeasure.DISMISSAL_REVIEW;
import static org.parceldesk.violation.PenaltyMeasure.FINE;
import static org.parceldesk.violation.PenaltyMeasure.SUSPENSION;
import static org.parceldesk.violation.PenaltyMeasure.TRAINING;
import static org.parceldesk.violation.PenaltyMeasure.WARNING;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.parceldesk.common.Money;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Evaluates the real {@code processes/violation-penalty.dmn}, as the engine will. */
class ViolationPenaltyDmnTest {

    /** 0 and 1 hit their own rows, 2 and beyond share the ">= 2" row. */
    private static final int[] REPEAT_LEVELS = {0, 1, 2, 5};

    private static final Set<ViolationType> CONDUCT_TYPES = EnumSet.of(
            ViolationType.LATE_NO_NOTICE, ViolationType.LEFT_BEFORE_CHECK, ViolationType.RUDE,
            ViolationType.UNAUTHORIZED_LOCKER, ViolationType.MISHANDLING, ViolationType.LOST_BY_NEGLIGENCE,
            ViolationType.DRESS_CODE, ViolationType.SPEEDING);

    private static final String DMNDI_NAMESPACE = "https://www.omg.org/spec/DMN/20191111/DMNDI/";

    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parseDecision() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = resource()) {
            decision = engine.parseDecision(ViolationPenaltyDecision.KEY, dmn);
        }
    }

    static Stream<Arguments> everyTypeSeverityAndRepeatLevel() {
        return Stream.of(ViolationType.values()).flatMap(type ->
                Stream.of(Severity.values()).flatMap(severity ->
                        IntStream.of(REPEAT_LEVELS).mapToObj(prior -> Arguments.of(type, severity, prior))));
    }

    @ParameterizedTest(name = "{0} {1} after {2}")
    @MethodSource("everyTypeSeverityAndRepeatLevel")
    void everyCombinationHasExactlyOnePenaltyWithTheSeverityPoints(ViolationType type, Severity severity, int prior) {
        DmnDecisionTableResult result = evaluate(type, severity, prior);

        assertThat(result).as("rules matched").hasSize(1);
        // building the Penalty also checks that amounts and days sit with FINE and SUSPENSION only
        Penalty penalty = ViolationPenaltyDecision.penaltyFrom(result.getSingleResult().getEntryMap());
        assertThat(penalty.points()).isEqualTo(severity.defaultPoints());
    }

    @ParameterizedTest(name = "{0} {1} after {2} -> {3} {4} yuan {5} days")
    @CsvSource({
            "RUDE,                MINOR,    0, WARNING,          0,   0",
            "RUDE,                MINOR,    1, TRAINING,         0,   0",
            "RUDE,                MINOR,    2, FINE,             50,  0",
            "DRESS_CODE,          MODERATE, 0, TRAINING,         0,   0",
            "LATE_NO_NOTICE,      MODERATE, 1, FINE,             100, 0",
            "LEFT_BEFORE_CHECK,   MODERATE, 4, FINE,             200, 0",
            "SPEEDING,            SERIOUS,  0, TRAINING,         0,   0",
            "MISHANDLING,         SERIOUS,  1, FINE,             300, 0",
            "MISHANDLING,         SERIOUS,  3, SUSPENSION,       0,   3",
            "LOST_BY_NEGLIGENCE,  SEVERE,   0, SUSPENSION,       0,   7",
            "UNAUTHORIZED_LOCKER, SEVERE,   1, DISMISSAL_REVIEW, 0,   0",
            "PRIVATE_CHARGE,      MINOR,    0, FINE,             50,  0",
            "GIFT_TAKEN,          MODERATE, 2, SUSPENSION,       0,   3",
            "FALSE_DELIVERY,      SERIOUS,  0, FINE,             200, 0",
            "FALSE_DELIVERY,      SERIOUS,  1, SUSPENSION,       0,   3",
            "GIFT_TAKEN,          SEVERE,   0, SUSPENSION,       0,   7",
            "PRIVATE_CHARGE,      SEVERE,   2, DISMISSAL_REVIEW, 0,   0",
            "DATA_LEAK,           MINOR,    0, FINE,             100, 0",
            "DATA_LEAK,           MODERATE, 1, SUSPENSION,       0,   3",
            "DATA_LEAK,           SERIOUS,  0, FINE,             500, 0",
            "DATA_LEAK,           SERIOUS,  2, SUSPENSION,       0,   15",
            "DATA_LEAK,           SEVERE,   0, DISMISSAL_REVIEW, 0,   0",
    })
    void handPickedRows(ViolationType type, Severity severity, int prior,
                        PenaltyMeasure measure, String fineAmount, int suspensionDays) {
        assertThat(penaltyFor(type, severity, prior))
                .isEqualTo(new Penalty(measure, Money.of(fineAmount), suspensionDays, severity.defaultPoints()));
    }

    @Test
    void firstMinorAndModerateConductOffencesAreNeverFined() {
        for (ViolationType type : CONDUCT_TYPES) {
            assertThat(penaltyFor(type, Severity.MINOR, 0).measure()).as(type + " minor").isEqualTo(WARNING);
            assertThat(penaltyFor(type, Severity.MODERATE, 0).measure()).as(type + " moderate").isEqualTo(TRAINING);
        }
    }

    @ParameterizedTest
    @EnumSource(value = ViolationType.class, names = {"PRIVATE_CHARGE", "GIFT_TAKEN", "FALSE_DELIVERY", "DATA_LEAK"})
    void dishonestyAndDataLeaksAreFinedFromTheFirstMinorOffence(ViolationType type) {
        assertThat(penaltyFor(type, Severity.MINOR, 0).measure()).isEqualTo(FINE);
    }

    @ParameterizedTest
    @EnumSource(ViolationType.class)
    void severeRepeatsGoToDismissalReview(ViolationType type) {
        assertThat(penaltyFor(type, Severity.SEVERE, 1).measure()).isEqualTo(DISMISSAL_REVIEW);
        assertThat(penaltyFor(type, Severity.SEVERE, 2).measure()).isEqualTo(DISMISSAL_REVIEW);
    }

    @ParameterizedTest
    @EnumSource(ViolationType.class)
    void repeatedSeriousOffencesAreSuspended(ViolationType type) {
        assertThat(penaltyFor(type, Severity.SERIOUS, 2).measure()).isEqualTo(SUSPENSION);
    }

    @Test
    void aSevereDataLeakGoesToDismissalReviewAtOnce() {
        assertThat(penaltyFor(ViolationType.DATA_LEAK, Severity.SEVERE, 0).measure()).isEqualTo(DISMISSAL_REVIEW);
    }

    @Test
    void anUnknownTypeMatchesNoRuleAndIsRefused() {
        DmnDecisionTableResult result = engine.evaluateDecisionTable(decision,
                Map.of("violationType", "LATE", "severity", "MINOR", "priorUpheld90d", 0));

        assertThat(result).isEmpty();
        assertThatIllegalStateException()
                .isThrownBy(() -> ViolationPenaltyDecision.penaltyFrom(Map.of()))
                .withMessageContaining("no rule");
    }

    @Test
    void fileIsDeployableAndDocumented() throws IOException {
        DmnModelInstance model;
        try (InputStream dmn = resource()) {
            model = Dmn.readModelFromStream(dmn);
        }
        Decision penaltyDecision = model.getModelElementById(ViolationPenaltyDecision.KEY);
        DecisionTable table = (DecisionTable) penaltyDecision.getExpression();

        // without a history time to live the engine refuses the deployment (ENGINE-12018)
        assertThat(penaltyDecision.getCamundaHistoryTimeToLive()).isEqualTo(1095);
        assertThat(penaltyDecision.getName()).isEqualTo("违规处罚 Violation penalty");
        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);
        assertThat(table.getDescription().getTextContent()).contains("UNIQUE");
        assertThat(table.getRules()).allSatisfy(rule ->
                assertThat(rule.getDescription()).as("annotation of " + rule.getId()).isNotNull());
    }

    @Test
    void fileHasTheDiagramCamundaModelerOpens() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document;
        try (InputStream dmn = resource()) {
            document = factory.newDocumentBuilder().parse(dmn);
        }

        NodeList shapes = document.getElementsByTagNameNS(DMNDI_NAMESPACE, "DMNShape");
        assertThat(shapes.getLength()).isEqualTo(1);
        assertThat(((Element) shapes.item(0)).getAttribute("dmnElementRef")).isEqualTo(ViolationPenaltyDecision.KEY);
    }

    private static Penalty penaltyFor(ViolationType type, Severity severity, int prior) {
        DmnDecisionRuleResult single = evaluate(type, severity, prior).getSingleResult();
        return ViolationPenaltyDecision.penaltyFrom(single.getEntryMap());
    }

    private static DmnDecisionTableResult evaluate(ViolationType type, Severity severity, int prior) {
        return engine.evaluateDecisionTable(decision, ViolationPenaltyDecision.inputs(type, severity, prior));
    }

    private static InputStream resource() {
        InputStream dmn = ViolationPenaltyDmnTest.class.getClassLoader()
                .getResourceAsStream(ViolationPenaltyDecision.RESOURCE);
        assertThat(dmn).as(ViolationPenaltyDecision.RESOURCE + " on the classpath").isNotNull();
        return dmn;
    }
}
