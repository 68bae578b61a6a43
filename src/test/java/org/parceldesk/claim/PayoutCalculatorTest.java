package org.parceldesk.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.parceldesk.claim.PayoutRequestBuilder.claim;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.parceldesk.common.Messages;
import org.parceldesk.common.Money;
import org.parceldesk.common.ResponsibleParty;
import org.parceldesk.common.StepRefused;
import org.parceldesk.shipment.ServiceType;

/**
 * The payout table of domain.md §2, row by row. Every expected amount is worked out by hand in
 * the tables (default policy: multiplier 3, no fixed cap, limits SAME_CITY 3 d, DOMESTIC 7 d,
 * INTERNATIONAL 15 d). Empty CSV cells are null.
 */
class PayoutCalculatorTest {

    /** "Now" for undelivered shipments. */
    private static final Instant NOW = Instant.parse("2025-06-30T12:00:00Z");

    private final PayoutCalculator calculator = calculatorWith(PayoutPolicy.defaults());

    private static PayoutCalculator calculatorWith(PayoutPolicy policy) {
        return new PayoutCalculator(policy, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // case                                         | lossType       | insured | postage | declared | fee  | actualLoss | fullValue | party          | payout  | rule
            "loss insured, below declared value             | LOSS           | true    | 12.00   | 1000.00  | 5.00 | 800.00     | 900.00    | COURIER        | 812.00  | LOSS_INSURED",
            "loss insured, actual loss = declared value     | LOSS           | true    | 12.00   | 1000.00  | 5.00 | 1000.00    | -         | STATION        | 1012.00 | LOSS_INSURED",
            "loss insured, above declared value is capped   | LOSS           | true    | 12.00   | 1000.00  | 5.00 | 1500.00    | 2000.00   | SORTING_CENTER | 1012.00 | LOSS_INSURED",
            "total damage insured                           | DAMAGE_TOTAL   | true    | 20.00   | 300.00   | 1.00 | 250.00     | -         | LINEHAUL       | 270.00  | LOSS_INSURED",
            "wrong contents insured, 1 fen above declared   | WRONG_CONTENTS | true    | 15.50   | 600.00   | 3.00 | 600.01     | -         | NONE           | 615.50  | LOSS_INSURED",
            "force majeure insured is still paid            | LOSS           | true    | 12.00   | 1000.00  | 5.00 | 800.00     | -         | FORCE_MAJEURE  | 812.00  | LOSS_INSURED",
            "insured with zero postage                      | LOSS           | true    | 0.00    | 500.00   | 2.00 | 200.00     | -         | COURIER        | 200.00  | LOSS_INSURED",
            "loss uninsured, below 3 x postage              | LOSS           | false   | 12.00   | -        | -    | 30.00      | -         | COURIER        | 42.00   | LOSS_UNINSURED",
            "loss uninsured, capped at 3 x 12.00 = 36.00    | LOSS           | false   | 12.00   | -        | -    | 500.00     | 800.00    | COURIER        | 48.00   | LOSS_UNINSURED",
            "total damage uninsured, exactly at the cap     | DAMAGE_TOTAL   | false   | 10.00   | -        | -    | 30.00      | -         | STATION        | 40.00   | LOSS_UNINSURED",
            "wrong contents uninsured, capped 3 x 8.00      | WRONG_CONTENTS | false   | 8.00    | -        | -    | 100.00     | -         | COURIER        | 32.00   | LOSS_UNINSURED",
            "uninsured with zero postage pays nothing       | LOSS           | false   | 0.00    | -        | -    | 200.00     | -         | COURIER        | 0.00    | LOSS_UNINSURED",
            "partial insured, half insured: 400 x 0.5       | DAMAGE_PARTIAL | true    | 12.00   | 500.00   | 2.00 | 400.00     | 1000.00   | COURIER        | 212.00  | PARTIAL_INSURED",
            "shortage insured at full value: ratio 1        | SHORTAGE       | true    | 12.00   | 1000.00  | 4.00 | 300.00     | 1000.00   | STATION        | 312.00  | PARTIAL_INSURED",
            "partial over-insured: ratio min(1, 2) = 1      | DAMAGE_PARTIAL | true    | 12.00   | 2000.00  | 8.00 | 300.00     | 1000.00   | COURIER        | 312.00  | PARTIAL_INSURED",
            "partial 24.69 x 0.5 = 12.345 -> 12.35 HALF_UP  | DAMAGE_PARTIAL | true    | 10.00   | 500.00   | 2.00 | 24.69      | 1000.00   | COURIER        | 22.35   | PARTIAL_INSURED",
            "partial 100 x 300/900 = 33.333.. -> 33.33      | DAMAGE_PARTIAL | true    | 12.00   | 300.00   | 1.00 | 100.00     | 900.00    | COURIER        | 45.33   | PARTIAL_INSURED",
            "shortage 12.06 x 100/1200 = 1.005 -> 1.01      | SHORTAGE       | true    | 10.00   | 100.00   | 1.00 | 12.06      | 1200.00   | COURIER        | 11.01   | PARTIAL_INSURED",
            "force majeure insured partial is still paid    | SHORTAGE       | true    | 12.00   | 500.00   | 2.00 | 400.00     | 1000.00   | FORCE_MAJEURE  | 212.00  | PARTIAL_INSURED",
            "partial uninsured, below the cap               | DAMAGE_PARTIAL | false   | 12.00   | -        | -    | 20.00      | -         | COURIER        | 32.00   | PARTIAL_UNINSURED",
            "shortage uninsured, capped at 36.00            | SHORTAGE       | false   | 12.00   | -        | -    | 100.00     | 500.00    | LINEHAUL       | 48.00   | PARTIAL_UNINSURED",
    })
    void paysLossesAndDamageByTheTable(String description, LossType lossType, boolean insured, BigDecimal postage,
            BigDecimal declaredValue, BigDecimal insuranceFee, BigDecimal actualLoss, BigDecimal fullValue,
            ResponsibleParty party, String expectedPayout, String expectedRule) {
        PayoutRequest request = new PayoutRequest(lossType, ServiceType.DOMESTIC, postage, insured, declaredValue,
                insuranceFee, actualLoss, fullValue, party, null, null, false);

        Payout payout = calculator.calculate(request);

        assertThat(payout.payout()).isEqualTo(Money.of(expectedPayout));
        assertThat(payout.ruleCode()).isEqualTo(expectedRule);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // now = 2025-06-30T12:00:00Z
            // case                                             | service       | promisedAt           | deliveredAt          | insured | postage | declared | fee  | actualLoss | party         | payout  | rule
            "delay refunds the postage                          | DOMESTIC      | 2025-06-20T10:00:00Z | 2025-06-22T10:00:00Z | false   | 12.00   | -        | -    | -          | COURIER       | 12.00   | DELAY_POSTAGE_REFUND",
            "insured delay: postage only, fee not refunded      | DOMESTIC      | 2025-06-20T10:00:00Z | 2025-06-22T10:00:00Z | true    | 12.00   | 1000.00  | 5.00 | 800.00     | STATION       | 12.00   | DELAY_POSTAGE_REFUND",
            "delay with zero postage refunds nothing            | DOMESTIC      | 2025-06-20T10:00:00Z | 2025-06-22T10:00:00Z | false   | 0.00    | -        | -    | -          | COURIER       | 0.00    | DELAY_POSTAGE_REFUND",
            "force majeure insured delay is still refunded      | DOMESTIC      | 2025-06-20T10:00:00Z | 2025-06-22T10:00:00Z | true    | 12.00   | 1000.00  | 5.00 | -          | FORCE_MAJEURE | 12.00   | DELAY_POSTAGE_REFUND",
            "domestic exactly at 7 days is still a delay        | DOMESTIC      | 2025-06-20T10:00:00Z | 2025-06-27T10:00:00Z | true    | 12.00   | 1000.00  | 5.00 | 800.00     | COURIER       | 12.00   | DELAY_POSTAGE_REFUND",
            "domestic 7 days + 1 s insured is a loss            | DOMESTIC      | 2025-06-20T10:00:00Z | 2025-06-27T10:00:01Z | true    | 12.00   | 1000.00  | 5.00 | 800.00     | COURIER       | 812.00  | DELAY_AS_LOSS_INSURED",
            "domestic 7 days + 1 s uninsured: 12 + min(800, 36) | DOMESTIC      | 2025-06-20T10:00:00Z | 2025-06-27T10:00:01Z | false   | 12.00   | -        | -    | 800.00     | COURIER       | 48.00   | DELAY_AS_LOSS_UNINSURED",
            "same city exactly at 3 days is still a delay       | SAME_CITY     | 2025-06-20T10:00:00Z | 2025-06-23T10:00:00Z | false   | 8.00    | -        | -    | 10.00      | COURIER       | 8.00    | DELAY_POSTAGE_REFUND",
            "same city 3 days + 1 s uninsured: 8 + 10           | SAME_CITY     | 2025-06-20T10:00:00Z | 2025-06-23T10:00:01Z | false   | 8.00    | -        | -    | 10.00      | COURIER       | 18.00   | DELAY_AS_LOSS_UNINSURED",
            "international exactly at 15 days is still a delay  | INTERNATIONAL | 2025-06-01T00:00:00Z | 2025-06-16T00:00:00Z | true    | 120.00  | 3000.00  | 9.00 | 2500.00    | LINEHAUL      | 120.00  | DELAY_POSTAGE_REFUND",
            "international 15 days + 1 s insured: 120 + 2500    | INTERNATIONAL | 2025-06-01T00:00:00Z | 2025-06-16T00:00:01Z | true    | 120.00  | 3000.00  | 9.00 | 2500.00    | LINEHAUL      | 2620.00 | DELAY_AS_LOSS_INSURED",
            "undelivered, now is 1 day late: delay              | DOMESTIC      | 2025-06-29T12:00:00Z | -                    | false   | 12.00   | -        | -    | -          | COURIER       | 12.00   | DELAY_POSTAGE_REFUND",
            "undelivered, now is exactly 7 days late: delay     | DOMESTIC      | 2025-06-23T12:00:00Z | -                    | false   | 12.00   | -        | -    | 50.00      | COURIER       | 12.00   | DELAY_POSTAGE_REFUND",
            "undelivered, now is 7 days + 1 s late: loss        | DOMESTIC      | 2025-06-23T11:59:59Z | -                    | false   | 12.00   | -        | -    | 50.00      | COURIER       | 48.00   | DELAY_AS_LOSS_UNINSURED",
            "undelivered same city 10 days late, insured        | SAME_CITY     | 2025-06-20T12:00:00Z | -                    | true    | 8.00    | 200.00   | 1.00 | 150.00     | STATION       | 158.00  | DELAY_AS_LOSS_INSURED",
    })
    void paysDelaysByTheTable(String description, ServiceType serviceType, Instant promisedAt, Instant deliveredAt,
            boolean insured, BigDecimal postage, BigDecimal declaredValue, BigDecimal insuranceFee,
            BigDecimal actualLoss, ResponsibleParty party, String expectedPayout, String expectedRule) {
        PayoutRequest request = new PayoutRequest(LossType.DELAY, serviceType, postage, insured, declaredValue,
                insuranceFee, actualLoss, null, party, promisedAt, deliveredAt, false);

        Payout payout = calculator.calculate(request);

        assertThat(payout.payout()).isEqualTo(Money.of(expectedPayout));
        assertThat(payout.ruleCode()).isEqualTo(expectedRule);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // case                                              | lossType       | insured | party         | wrongRecipient | rule
            "customer at fault, uninsured loss                   | LOSS           | false   | CUSTOMER      | false          | EXEMPT_CUSTOMER",
            "customer at fault, insured loss                     | LOSS           | true    | CUSTOMER      | false          | EXEMPT_CUSTOMER",
            "customer at fault, insured partial damage           | DAMAGE_PARTIAL | true    | CUSTOMER      | false          | EXEMPT_CUSTOMER",
            "customer at fault, delay                            | DELAY          | false   | CUSTOMER      | false          | EXEMPT_CUSTOMER",
            "force majeure, uninsured loss                       | LOSS           | false   | FORCE_MAJEURE | false          | EXEMPT_FORCE_MAJEURE",
            "force majeure, uninsured total damage               | DAMAGE_TOTAL   | false   | FORCE_MAJEURE | false          | EXEMPT_FORCE_MAJEURE",
            "force majeure, uninsured shortage                   | SHORTAGE       | false   | FORCE_MAJEURE | false          | EXEMPT_FORCE_MAJEURE",
            "force majeure, uninsured delay                      | DELAY          | false   | FORCE_MAJEURE | false          | EXEMPT_FORCE_MAJEURE",
            "wrong recipient details, uninsured delay            | DELAY          | false   | COURIER       | true           | EXEMPT_WRONG_RECIPIENT",
            "wrong recipient details, insured delay              | DELAY          | true    | NONE          | true           | EXEMPT_WRONG_RECIPIENT",
            "wrong recipient details named before customer fault | DELAY          | false   | CUSTOMER      | true           | EXEMPT_WRONG_RECIPIENT",
    })
    void paysNothingForExemptions(String description, LossType lossType, boolean insured, ResponsibleParty party,
            boolean wrongRecipientDetails, String expectedRule) {
        PayoutRequestBuilder claim = claim().lossType(lossType).responsibleParty(party)
                .actualLoss("300.00").fullValue("1000.00").insuranceFee(insured ? "5.00" : null);
        if (insured) {
            claim.insured("1000.00");
        }
        if (wrongRecipientDetails) {
            claim.wrongRecipientDetails();
        }

        Payout payout = calculator.calculate(claim.build());

        assertThat(payout.payout()).isEqualTo(Money.ZERO);
        assertThat(payout.ruleCode()).isEqualTo(expectedRule);
        assertThat(payout.lines()).singleElement().satisfies(line -> {
            assertThat(line.amount()).isEqualTo(Money.ZERO);
            assertThat(line.label()).startsWith("不予赔偿：").contains("No compensation");
        });
    }

    @Test
    void wrongRecipientDetailsExemptBeyondTheTotalDelayLimitToo() {
        PayoutRequest request = claim().lossType(LossType.DELAY).wrongRecipientDetails()
                .promisedAt("2025-06-01T00:00:00Z").deliveredAt(null).build();

        assertThat(calculator.calculate(request).ruleCode()).isEqualTo("EXEMPT_WRONG_RECIPIENT");
    }

    @Test
    void wrongRecipientDetailsDoNotExemptALoss() {
        PayoutRequest request = claim().lossType(LossType.LOSS).wrongRecipientDetails()
                .postage("12.00").actualLoss("30.00").build();

        Payout payout = calculator.calculate(request);

        assertThat(payout.ruleCode()).isEqualTo("LOSS_UNINSURED");
        assertThat(payout.payout()).isEqualTo(Money.of("42.00"));
    }

    @Test
    void anExemptDelayNeedsNoDeliveryTimes() {
        PayoutRequest request = claim().lossType(LossType.DELAY).responsibleParty(ResponsibleParty.CUSTOMER)
                .serviceType(null).promisedAt(null).deliveredAt(null).build();

        assertThat(calculator.calculate(request).ruleCode()).isEqualTo("EXEMPT_CUSTOMER");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // case                                        | multiplier | fixedCap | lossType       | postage | actualLoss | payout | compensation label
            "fixed cap 50 lower than 3 x 20 = 60           | 3          | 50.00    | LOSS           | 20.00   | 100.00     | 70.00  | 未保价赔偿（每单以 50.00 元为限）Uninsured compensation (up to 50.00 per waybill)",
            "fixed cap 50, loss 45 below it                | 3          | 50.00    | LOSS           | 20.00   | 45.00      | 65.00  | 未保价赔偿（每单以 50.00 元为限）Uninsured compensation (up to 50.00 per waybill)",
            "3 x 10 = 30 lower than fixed cap 50           | 3          | 50.00    | LOSS           | 10.00   | 100.00     | 40.00  | 未保价赔偿（以运费的 3 倍为限）Uninsured compensation (up to 3 × postage)",
            "fixed cap equal to 3 x postage                | 3          | 30.00    | LOSS           | 10.00   | 100.00     | 40.00  | 未保价赔偿（以运费的 3 倍为限）Uninsured compensation (up to 3 × postage)",
            "multiplier 7 (SF terms), 7 x 10 = 70          | 7          | -        | DAMAGE_TOTAL   | 10.00   | 100.00     | 80.00  | 未保价赔偿（以运费的 7 倍为限）Uninsured compensation (up to 7 × postage)",
            "multiplier 2.5 x 10.00 = 25                   | 2.5        | -        | LOSS           | 10.00   | 100.00     | 35.00  | 未保价赔偿（以运费的 2.5 倍为限）Uninsured compensation (up to 2.5 × postage)",
            "multiplier 3 x 12.345 = 37.035 -> 37.04       | 3          | -        | LOSS           | 12.345  | 100.00     | 49.39  | 未保价赔偿（以运费的 3 倍为限）Uninsured compensation (up to 3 × postage)",
            "fixed cap applies to partial loss too         | 3          | 50.00    | DAMAGE_PARTIAL | 20.00   | 100.00     | 70.00  | 未保价赔偿（每单以 50.00 元为限）Uninsured compensation (up to 50.00 per waybill)",
    })
    void capsUninsuredCompensationByTheLowerOfMultipleAndFixedCap(String description, BigDecimal multiplier,
            BigDecimal fixedCap, LossType lossType, String postage, String actualLoss, String expectedPayout,
            String expectedLabel) {
        PayoutCalculator calculator = calculatorWith(new PayoutPolicy(multiplier, fixedCap, null));
        PayoutRequest request = claim().lossType(lossType).postage(postage).actualLoss(actualLoss).build();

        Payout payout = calculator.calculate(request);

        assertThat(payout.payout()).isEqualTo(Money.of(expectedPayout));
        assertThat(payout.lines()).extracting(PayoutLine::label).contains(expectedLabel);
    }

    @Test
    void configuredInternationalLimitDecidesTheTotalDelay() {
        PayoutPolicy policy = new PayoutPolicy(new BigDecimal("3"), null, Map.of(ServiceType.INTERNATIONAL, Duration.ofDays(20)));
        PayoutRequest sixteenDaysLate = claim().lossType(LossType.DELAY).serviceType(ServiceType.INTERNATIONAL)
                .promisedAt("2025-06-01T00:00:00Z").deliveredAt("2025-06-17T00:00:00Z").build();

        assertThat(calculatorWith(policy).calculate(sixteenDaysLate).ruleCode()).isEqualTo("DELAY_POSTAGE_REFUND");
        assertThat(calculator.calculate(sixteenDaysLate).ruleCode()).isEqualTo("DELAY_AS_LOSS_UNINSURED");
    }

    @Test
    void breaksAnInsuredLossDownForTheCustomer() {
        PayoutRequest request = claim().insured("1000.00").insuranceFee("5.00").postage("12.00")
                .actualLoss("1500.00").build();

        Payout payout = calculator.calculate(request);

        assertThat(payout.currency()).isEqualTo("CNY");
        assertThat(payout.payout()).isEqualTo(Money.of("1012.00"));
        assertThat(payout.lines()).extracting(PayoutLine::label, PayoutLine::amount).containsExactly(
                tuple("退还运费 Postage refund", Money.of("12.00")),
                tuple("保价赔偿（以保价金额为限）Insured compensation (up to the declared value)", Money.of("1000.00")),
                tuple("保价费不予退还 Insurance fee not refunded", Money.of("0.00")));
    }

    @Test
    void breaksAnInsuredPartialLossDownForTheCustomer() {
        PayoutRequest request = claim().lossType(LossType.DAMAGE_PARTIAL).insured("500.00").postage("10.00")
                .actualLoss("24.69").fullValue("1000.00").build();

        assertThat(calculator.calculate(request).lines()).extracting(PayoutLine::label, PayoutLine::amount).containsExactly(
                tuple("退还运费 Postage refund", Money.of("10.00")),
                tuple("保价赔偿（按保价金额占实际价值的比例）Insured compensation (in proportion of declared value to full value)",
                        Money.of("12.35")));
    }

    @Test
    void breaksATotalDelayDownAsALoss() {
        PayoutRequest request = claim().lossType(LossType.DELAY).postage("12.00").actualLoss("800.00")
                .promisedAt("2025-06-20T10:00:00Z").deliveredAt("2025-06-27T10:00:01Z").build();

        assertThat(calculator.calculate(request).lines()).extracting(PayoutLine::label, PayoutLine::amount).containsExactly(
                tuple("彻底延误，按丢失赔偿 Total delay, compensated as a loss", Money.of("0.00")),
                tuple("退还运费 Postage refund", Money.of("12.00")),
                tuple("未保价赔偿（以运费的 3 倍为限）Uninsured compensation (up to 3 × postage)", Money.of("36.00")));
    }

    @Test
    void aPlainDelayIsOnlyThePostageRefund() {
        PayoutRequest request = claim().lossType(LossType.DELAY).postage("12.00").build();

        assertThat(calculator.calculate(request).lines()).extracting(PayoutLine::label, PayoutLine::amount)
                .containsExactly(tuple("退还运费 Postage refund", Money.of("12.00")));
    }

    @Test
    void explainsTheCustomerExemption() {
        PayoutRequest request = claim().responsibleParty(ResponsibleParty.CUSTOMER).build();

        assertThat(calculator.calculate(request).lines()).extracting(PayoutLine::label).containsExactly(
                "不予赔偿：因客户原因（地址错误、包装不当或物品性质）造成 "
                        + "No compensation: caused by the customer (wrong address, packing or nature of the goods)");
    }

    @Test
    void saysWhatIsWrongWithTheField() {
        PayoutRequest request = claim().postage("-0.01").build();

        assertThatThrownBy(() -> calculator.calculate(request))
                .isInstanceOfSatisfying(StepRefused.class, e -> {
                    assertThat(e.kind()).isEqualTo(StepRefused.Kind.INVALID);
                    assertThat(e.field()).isEqualTo("postage");
                    assertThat(e.key()).isEqualTo("claim.refused.payout.negative");
                    // Chinese by default (the staff's language), English by Accept-Language
                    assertThat(e.text(Messages.DEFAULT)).isEqualTo("运费不能为负数");
                    assertThat(e.text(Locale.ENGLISH)).isEqualTo("postage must not be negative");
                    assertThat(e.errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("postage");
                        assertThat(error.message()).isEqualTo("运费不能为负数");
                    });
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void rejectsInvalidInputNamingTheField(String description, PayoutRequestBuilder claim, String field) {
        PayoutRequest request = claim.build();

        assertThatThrownBy(() -> calculator.calculate(request))
                .isInstanceOfSatisfying(StepRefused.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.key()).startsWith("claim.refused.payout.");
                    // every refusal names the field: by its Chinese label in Chinese, by its id in English
                    assertThat(e.text(Messages.DEFAULT)).matches("^\\p{IsHan}.*").doesNotContain(field);
                    assertThat(e.text(Locale.ENGLISH)).startsWith(field + " ").doesNotContainPattern("\\p{IsHan}");
                });
    }

    static Stream<Arguments> rejectsInvalidInputNamingTheField() {
        return Stream.of(
                invalid("missing loss type", claim().lossType(null), "lossType"),
                invalid("missing responsible party", claim().responsibleParty(null), "responsibleParty"),
                invalid("missing postage", claim().postage(null), "postage"),
                invalid("negative postage", claim().postage("-0.01"), "postage"),
                invalid("negative declared value", claim().insured("-1.00"), "declaredValue"),
                invalid("negative insurance fee", claim().insuranceFee("-5.00"), "insuranceFee"),
                invalid("negative actual loss", claim().actualLoss("-10.00"), "actualLoss"),
                invalid("negative full value", claim().actualLoss(null).fullValue("-10.00"), "fullValue"),
                invalid("insured without declared value", claim().insured(null), "declaredValue"),
                invalid("insured with zero declared value", claim().insured("0.00"), "declaredValue"),
                invalid("actual loss above full value", claim().actualLoss("1000.01").fullValue("1000.00"), "actualLoss"),
                invalid("actual loss above full value, even if exempt",
                        claim().responsibleParty(ResponsibleParty.CUSTOMER).actualLoss("1000.01").fullValue("1000.00"),
                        "actualLoss"),
                invalid("loss without actual loss", claim().actualLoss(null), "actualLoss"),
                invalid("uninsured partial loss without actual loss",
                        claim().lossType(LossType.SHORTAGE).actualLoss(null), "actualLoss"),
                invalid("insured partial loss without full value",
                        claim().lossType(LossType.DAMAGE_PARTIAL).insured("500.00"), "fullValue"),
                invalid("insured partial loss with zero full value",
                        claim().lossType(LossType.DAMAGE_PARTIAL).insured("500.00").actualLoss("0.00").fullValue("0.00"),
                        "fullValue"),
                invalid("delay without service type", claim().lossType(LossType.DELAY).serviceType(null), "serviceType"),
                invalid("delay without promised time", claim().lossType(LossType.DELAY).promisedAt(null), "promisedAt"),
                invalid("delivered before the promised time",
                        claim().lossType(LossType.DELAY).deliveredAt("2025-06-20T09:59:59Z"), "deliveredAt"),
                invalid("delivered exactly at the promised time",
                        claim().lossType(LossType.DELAY).deliveredAt("2025-06-20T10:00:00Z"), "deliveredAt"),
                invalid("delivered in the future",
                        claim().lossType(LossType.DELAY).deliveredAt("2025-06-30T12:00:01Z"), "deliveredAt"),
                invalid("undelivered before the promised time",
                        claim().lossType(LossType.DELAY).promisedAt("2025-07-01T00:00:00Z").deliveredAt(null), "promisedAt"),
                invalid("total delay without actual loss",
                        claim().lossType(LossType.DELAY).actualLoss(null).deliveredAt("2025-06-27T10:00:01Z"), "actualLoss"));
    }

    private static Arguments invalid(String description, PayoutRequestBuilder claim, String field) {
        return Arguments.of(description, claim, field);
    }
}
