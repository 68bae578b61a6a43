package org.parceldesk.designer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.parceldesk.designer.TestModels.read;
import static org.parceldesk.designer.TestModels.replace;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Decision tables at deployment: the good test table and mutations of it, each with one defect (a gap,
 * an overlap, a value outside the declared ones, a script language), deployed through the
 * RepositoryService and refused with the decision and the rules named; and what the check leaves alone.
 * Read as a deployer asking for English ({@link EnglishReader}); Chinese is the default (docs/messages.md).
 */
@ExtendWith(EnglishReader.class)
@ParcelDeskTest
class DecisionTableChecksTest {

    private static final String TABLE = read("check-table.dmn");

    @Autowired
    RepositoryService repository;

    static Stream<Arguments> defects() {
        return Stream.of(
                Arguments.of("a string value no rule covers", cut(TABLE, "<rule id=\"Rule_Delay\">", "</rule>"),
                        List.of("Decision_CheckPayout: gap: no rule matches lossType \"DELAY\", amount = 0; lossType \"DELAY\","
                                + " amount in ]0..200[", "(and 1 more combinations)")),
                Arguments.of("a number no rule covers", replace(TABLE, "]200..2000]", "]200..2000["),
                        List.of("Decision_CheckPayout: gap: no rule matches lossType \"LOSS\", amount = 2000;"
                                + " lossType \"DAMAGE\", amount = 2000")),
                Arguments.of("a range below the declared values' start left out", replace(TABLE, "&lt;= 200", "[10..200]"),
                        List.of("gap: no rule matches lossType \"LOSS\", amount = 0; lossType \"LOSS\", amount in ]0..10[")),
                Arguments.of("two ranges that overlap", replace(TABLE, "&lt;= 200", "&lt;= 500"),
                        List.of("Decision_CheckPayout: rule Rule_Small overlaps rule Rule_Medium for lossType \"LOSS\","
                                + " amount in ]200..500[ (hit policy UNIQUE needs exactly one matching rule)")),
                Arguments.of("a value in two rules", replace(TABLE, "<text>\"DELAY\"</text>", "<text>\"DELAY\",\"DAMAGE\"</text>"),
                        List.of("rule Rule_Delay overlaps rule Rule_Small for lossType \"DAMAGE\", amount = 0")),
                Arguments.of("a misspelt output value", replace(TABLE, "<text>\"SUPERVISOR\"</text>", "<text>\"SUPERVSOR\"</text>"),
                        List.of("Decision_CheckPayout: rule Rule_Medium: output level = \"SUPERVSOR\" is not one of its declared"
                                + " values \"AUTO\",\"SUPERVISOR\",\"MANAGER\"")),
                Arguments.of("a misspelt input value", replace(TABLE, "<text>\"LOSS\",\"DAMAGE\"</text>", "<text>\"LOSS\",\"DAMAGES\"</text>"),
                        List.of("Decision_CheckPayout: rule Rule_Small: input lossType value \"DAMAGES\" is not one of its declared values",
                                "gap: no rule matches lossType \"DAMAGE\", amount = 0")),
                Arguments.of("ANY with overlapping rules that disagree", replace(replace(TABLE, "hitPolicy=\"UNIQUE\"",
                        "hitPolicy=\"ANY\""), "&lt;= 200", "&lt;= 500"),
                        List.of("rule Rule_Small overlaps rule Rule_Medium for lossType \"LOSS\", amount in ]200..500[ with"
                                + " different outputs (hit policy ANY")),
                Arguments.of("a script language in a rule", replace(TABLE, "<inputEntry id=\"InputEntry_Delay_Amount\">",
                        "<inputEntry id=\"InputEntry_Delay_Amount\" expressionLanguage=\"javascript\">"),
                        List.of("Decision_CheckPayout: rule Rule_Delay inputEntry InputEntry_Delay_Amount uses"
                                + " expressionLanguage=\"javascript\"")),
                Arguments.of("JUEL in an output", replace(TABLE, "<outputEntry id=\"OutputEntry_Large\">",
                        "<outputEntry id=\"OutputEntry_Large\" expressionLanguage=\"juel\">"),
                        List.of("rule Rule_Large outputEntry OutputEntry_Large uses expressionLanguage=\"juel\"")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void aDefectiveTableIsRefusedWithItsRulesNamed(String defect, String dmn, List<String> expected) {
        String name = "designer-table-" + UUID.randomUUID();

        ParseException refused = catchThrowableOfType(ParseException.class,
                () -> repository.createDeployment().name(name).addString("check-table.dmn", dmn).deploy());

        assertThat(refused).as(defect + " should be refused").isNotNull();
        assertThat(refused.getMessage()).as(defect).contains(expected);
        assertThat(refused.getResorceReports().stream().flatMap(report -> report.getErrors().stream())
                .map(Problem::getMainElementId)).as(defect).contains("Decision_CheckPayout");
        assertThat(repository.createDeploymentQuery().deploymentName(name).count()).isZero();
    }

    /** Outside a request (the startup's deployment) the gap and its cells are named in Chinese. */
    @Test
    void outsideARequestAGapIsNamedInChinese() {
        RequestContextHolder.resetRequestAttributes();
        String dmn = cut(TABLE, "<rule id=\"Rule_Delay\">", "</rule>");

        ParseException refused = catchThrowableOfType(ParseException.class, () -> repository.createDeployment()
                .name("designer-table-" + UUID.randomUUID()).addString("check-table.dmn", dmn).deploy());

        assertThat(refused).isNotNull();
        assertThat(refused.getMessage()).contains("ParcelDesk 模型检查拒绝了该模型，共 1 个问题：Decision_CheckPayout: 缺口："
                + "没有规则匹配 lossType \"DELAY\", amount = 0; lossType \"DELAY\", amount 介于 ]0..200[",
                "（另有 1 种组合）（命中策略 UNIQUE 要求每个声明的输入值都有匹配的规则） | 资源 check-table.dmn");
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("the good table", TABLE),
                Arguments.of("FIRST: overlaps are intended", replace(replace(TABLE, "hitPolicy=\"UNIQUE\"", "hitPolicy=\"FIRST\""),
                        "&lt;= 200", "&lt;= 500")),
                Arguments.of("ANY: overlapping rules that agree", replace(replace(replace(TABLE, "hitPolicy=\"UNIQUE\"",
                        "hitPolicy=\"ANY\""), "&lt;= 200", "&lt;= 500"), "<text>\"SUPERVISOR\"</text>", "<text>\"AUTO\"</text>")),
                Arguments.of("COLLECT: no match is an empty list", replace(cut(TABLE, "<rule id=\"Rule_Delay\">", "</rule>"),
                        "hitPolicy=\"UNIQUE\"", "hitPolicy=\"COLLECT\"")),
                Arguments.of("a FEEL entry beyond the analysed subset: not analysed, a gap goes unseen",
                        replace(replace(TABLE, "<text>\"DELAY\"</text>", "<text>not(\"LOSS\",\"DAMAGE\")</text>"),
                                "]200..2000]", "]200..2000[")),
                Arguments.of("FEEL named as the language", replace(TABLE, "<inputEntry id=\"InputEntry_Delay_Amount\">",
                        "<inputEntry id=\"InputEntry_Delay_Amount\" expressionLanguage=\"feel\">")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void whatTheCheckLeavesAlone(String what, String dmn) {
        String name = "designer-table-" + UUID.randomUUID();

        repository.createDeployment().name(name).addString("check-table.dmn", dmn).deploy();

        assertThat(repository.createDeploymentQuery().deploymentName(name).count()).as(what).isOne();
    }

    @Test
    void theShippedTablesHaveNoDefect() throws IOException {
        for (String file : List.of("processes/claim-approval-authority.dmn", "processes/violation-penalty.dmn")) {
            List<ModelProblem> problems = new ArrayList<>();
            try (InputStream in = new ClassPathResource(file).getInputStream()) {
                for (Decision decision : Dmn.readModelFromStream(in).getModelElementsByType(Decision.class)) {
                    assertThat(decision.getExpression()).isInstanceOf(DecisionTable.class);
                    problems.addAll(DecisionTableCheck.check(decision.getId(), (DecisionTable) decision.getExpression()));
                }
            }
            assertThat(problems).as(file).isEmpty();
        }
    }

    @Test
    void theShippedApprovalTableWithAGapIsRefused() throws IOException {
        String shipped;
        try (InputStream in = new ClassPathResource("processes/claim-approval-authority.dmn").getInputStream()) {
            shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }

        ParseException refused = catchThrowableOfType(ParseException.class, () -> repository.createDeployment()
                .name("designer-table-shipped-gap")
                .addString("claim-approval-authority.dmn", replace(shipped, "]200..2000]", "]200..2000[")).deploy());

        assertThat(refused).hasMessageContaining("claim-approval-authority: gap: no rule matches payout = 2000");
    }

    @Test
    void theShippedPenaltyTableWithAMisspeltMeasureIsRefused() throws IOException {
        String shipped;
        try (InputStream in = new ClassPathResource("processes/violation-penalty.dmn").getInputStream()) {
            shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String misspelt = replace(shipped, "<outputEntry id=\"Rule_Conduct_Minor_Prior1_Measure\">\n          <text>\"TRAINING\"",
                "<outputEntry id=\"Rule_Conduct_Minor_Prior1_Measure\">\n          <text>\"TRAINNG\"");

        ParseException refused = catchThrowableOfType(ParseException.class, () -> repository.createDeployment()
                .name("designer-table-shipped-typo").addString("violation-penalty.dmn", misspelt).deploy());

        assertThat(refused).hasMessageContaining(
                "violation-penalty: rule Rule_Conduct_Minor_Prior1: output measure = \"TRAINNG\" is not one of its declared values");
    }

    /** The text without the first {@code start ... end} block. */
    private static String cut(String text, String start, String end) {
        int from = text.indexOf(start);
        int to = text.indexOf(end, from);
        if (from < 0 || to < 0) {
            throw new IllegalArgumentException("test table has no '" + start + "'");
        }
        return text.substring(0, from) + text.substring(to + end.length());
    }
}
