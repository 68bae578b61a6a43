package org.parceldesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parceldesk.common.InputLimits;
import org.parceldesk.common.InputProperties;
import org.parceldesk.common.StepRefused;

/** The one task-input reader of the three case processes: what it accepts, and how it refuses. */
class TaskInputTest {

    enum Colour { RED, GREEN }

    static final DeclaredTaskFields PROCESS = new DeclaredTaskFields("test", Map.of("Task_A",
            Set.of("note", "colour", "flag", "amount", "day", "score", "answer")));

    final Map<String, Object> values = new HashMap<>();
    final TaskInput input = TaskInput.of(PROCESS, "Task_A", values::get);
    final InputLimits limits = new InputLimits(new InputProperties(new BigDecimal("1000000.00"), 64, 6, 15,
            LocalDate.parse("2000-01-01"), java.time.Duration.ofDays(730), new InputProperties.EngineRest(
                    org.springframework.util.unit.DataSize.ofMegabytes(1), new BigDecimal("1e15"), 4000)),
            Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void textIsStrippedAndBlankIsAbsent() {
        values.put("note", "  checked  ");
        assertThat(input.text("note")).isEqualTo("checked");
        values.put("note", "   ");
        assertThat(input.text("note")).isNull();
        assertThat(refusal(() -> input.requiredText("note")))
                .satisfies(r -> assertThat(r.field()).isEqualTo("note"))
                .satisfies(r -> assertThat(r.key()).isEqualTo("input.required"))
                .satisfies(r -> assertThat(r.kind()).isEqualTo(StepRefused.Kind.INVALID));
    }

    @Test
    void textLongerThanTheTimelineKeepsIsRefused() {
        values.put("note", "长".repeat(TaskInput.MAX_TEXT));
        assertThat(input.text("note")).hasSize(TaskInput.MAX_TEXT);
        values.put("note", "长".repeat(TaskInput.MAX_TEXT + 1));
        StepRefused refused = refusal(() -> input.text("note"));
        assertThat(refused.key()).isEqualTo("input.too-long");
        assertThat(refused.text(Locale.ENGLISH)).isEqualTo("note is too long (at most 2000 characters)");
    }

    @Test
    void minimumLength() {
        values.put("note", "abcd");
        assertThat(refusal(() -> input.requiredText("note", 5)).key()).isEqualTo("input.too-short");
        values.put("note", "abcde");
        assertThat(input.requiredText("note", 5)).isEqualTo("abcde");
    }

    @Test
    void choicesAreEnumConstantsInAnyCase() {
        values.put("colour", " green ");
        assertThat(input.choice("colour", Colour.class)).isEqualTo(Colour.GREEN);
        values.put("colour", "BLUE");
        StepRefused refused = refusal(() -> input.choice("colour", Colour.class));
        assertThat(refused.key()).isEqualTo("input.not-one-of");
        assertThat(refused.text(Locale.ENGLISH)).isEqualTo("colour is not a valid option; choose one of [RED, GREEN]");
        values.remove("colour");
        assertThat(input.choice("colour", Colour.class)).isNull();
        assertThat(refusal(() -> input.requiredChoice("colour", Colour.class)).key()).isEqualTo("input.required");
    }

    @Test
    void flags() {
        values.put("flag", Boolean.TRUE);
        assertThat(input.flag("flag")).isTrue();
        values.put("flag", "TRUE");
        assertThat(input.flag("flag")).isTrue();
        values.put("flag", "yes");
        assertThat(input.flag("flag")).isFalse();
        values.remove("flag");
        assertThat(input.flag("flag")).isFalse();
    }

    @Test
    void amountsAreMoneyWithinTheLimits() {
        values.put("amount", 12.5d);
        assertThat(input.amount("amount", limits)).isEqualByComparingTo("12.5");
        values.put("amount", "300");
        assertThat(input.amount("amount", limits)).isEqualByComparingTo(new BigDecimal("300"));
        values.remove("amount");
        assertThat(input.amount("amount", limits)).isNull();
        values.put("amount", "-0.01");
        assertThat(refusal(() -> input.amount("amount", limits)).key()).isEqualTo("input.money.negative");
        values.put("amount", "12.345");
        assertThat(refusal(() -> input.amount("amount", limits)).key()).isEqualTo("input.money.decimals");
        values.put("amount", "1e400");
        assertThat(refusal(() -> input.amount("amount", limits)).key()).isEqualTo("input.money.too-large");
        values.put("amount", Double.POSITIVE_INFINITY);
        assertThat(refusal(() -> input.amount("amount", limits)).key()).isEqualTo("input.not-a-number");
    }

    @Test
    void datesAreDaysOfTheFormOrOfADateTime() {
        values.put("day", "2026-03-05");
        assertThat(input.requiredDate("day")).isEqualTo(LocalDate.of(2026, 3, 5));
        values.put("day", "2026-03-05T10:00:00+08:00");
        assertThat(input.requiredDate("day")).isEqualTo(LocalDate.of(2026, 3, 5));
        values.put("day", "05.03.2026");
        assertThat(refusal(() -> input.requiredDate("day")).key()).isEqualTo("input.not-a-date");
    }

    @Test
    void wholeNumbersInARange() {
        values.put("score", 5L);
        assertThat(input.requiredWholeNumber("score", 1, 5)).isEqualTo(5);
        values.put("score", "3");
        assertThat(input.requiredWholeNumber("score", 1, 5)).isEqualTo(3);
        for (Object wrong : new Object[] {6, 0, 2.5d, "很好", "1e9", Double.NaN}) {
            values.put("score", wrong);
            assertThat(refusal(() -> input.requiredWholeNumber("score", 1, 5)).key()).as(String.valueOf(wrong))
                    .isEqualTo("input.whole-number");
        }
    }

    @Test
    void yesNoAndOneOf() {
        values.put("answer", "APPROVED");
        assertThat(input.requiredYesNo("answer", "APPROVED", "REJECTED")).isTrue();
        values.put("answer", "REJECTED");
        assertThat(input.requiredYesNo("answer", "APPROVED", "REJECTED")).isFalse();
        values.put("answer", "approved");
        assertThat(refusal(() -> input.requiredYesNo("answer", "APPROVED", "REJECTED")).key()).isEqualTo("input.not-one-of");
        assertThat(refusal(() -> input.requiredOneOf("answer", Set.of("A", "B"))).key()).isEqualTo("input.not-one-of");
    }

    @Test
    void aListenerReadingAFieldTheTaskDoesNotDeclareIsADefect() {
        values.put("caseNo", "TS1");
        assertThatThrownBy(() -> input.text("caseNo")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Task_A").hasMessageContaining("caseNo");
        assertThat(input.processValue("caseNo")).as("a value the process wrote itself").isEqualTo("TS1");
        assertThat(TaskInput.ofProcess(values::get).text("caseNo")).as("a service task's own values").isEqualTo("TS1");
    }

    @Test
    void refusalsReadInChineseByDefaultAndInEnglishWithTheFieldsLabel() {
        Map<String, Object> claim = new HashMap<>(Map.of("actualLoss", "-1"));
        DeclaredTaskFields process = new DeclaredTaskFields("claim", Map.of("Task_Assess", Set.of("actualLoss")));
        StepRefused refused = refusal(() -> TaskInput.of(process, "Task_Assess", claim::get).amount("actualLoss", limits));
        assertThat(refused.text(Locale.SIMPLIFIED_CHINESE)).isEqualTo("实际损失不能为负数");
        assertThat(refused.text(Locale.ENGLISH)).isEqualTo("actualLoss must not be negative");
        assertThat(refused).hasMessage("actualLoss: 实际损失不能为负数 actualLoss must not be negative");
        assertThat(refused.in(Locale.ENGLISH).errors()).singleElement()
                .satisfies(error -> assertThat(error.field()).isEqualTo("actualLoss"))
                .satisfies(error -> assertThat(error.message()).isEqualTo("actualLoss must not be negative"));
        assertThat(refused.in(Locale.ENGLISH).status().value()).isEqualTo(400);
    }

    private static StepRefused refusal(Runnable read) {
        try {
            read.run();
        } catch (StepRefused refused) {
            return refused;
        }
        throw new AssertionError("not refused");
    }

    private static StepRefused refusal(java.util.function.Supplier<?> read) {
        return refusal((Runnable) read::get);
    }
}
