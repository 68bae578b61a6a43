package org.parceldesk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The one refusal of a case step: rendered from the bundles, per language, naming the fields at fault. */
class StepRefusedTest {

    @Test
    void aBadInputIs400WithTheFieldAndTheTextInTheReadersLanguage() {
        StepRefused refused = StepRefused.badInput("severity", "violation.refused.severity-required");

        assertThat(refused.kind()).isEqualTo(StepRefused.Kind.INVALID);
        assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.field()).isEqualTo("severity");
        ApiProblem chinese = refused.in(Messages.DEFAULT);
        assertThat(chinese.getMessage()).isEqualTo("违规成立时须选择严重程度");
        assertThat(chinese.errors()).containsExactly(new FieldProblem("severity", "违规成立时须选择严重程度"));
        ApiProblem english = refused.in(Locale.forLanguageTag("en-US"));
        assertThat(english.getMessage()).isEqualTo("an upheld violation needs a severity");
        assertThat(english.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getMessage()).as("logs and tests read both")
                .isEqualTo("severity: 违规成立时须选择严重程度 an upheld violation needs a severity");
    }

    @Test
    void aStepNotAllowedIs403AndMayNameNoField() {
        StepRefused refused = StepRefused.notAllowed(null, "violation.refused.wrong-state", "WG1", "CLOSED", "UNDER_REVIEW");

        assertThat(refused.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.in(Locale.ENGLISH).getMessage()).isEqualTo("case WG1 is CLOSED, not UNDER_REVIEW");
        assertThat(refused.in(Locale.ENGLISH).errors()).isEmpty();
    }

    @Test
    void severalFaultsAreOneRefusal() {
        StepRefused refused = StepRefused.badInputs(List.of(
                new StepRefused.Fault("finding", "input.required", StepRefused.label("finding")),
                new StepRefused.Fault("courierNo", "complaint.refused.courier-unknown", "C9999")));

        assertThat(refused.in(Locale.ENGLISH).getMessage()).isEqualTo("finding is required; courierNo C9999 is unknown");
        assertThat(refused.in(Messages.DEFAULT).errors()).extracting(FieldProblem::field).containsExactly("finding", "courierNo");
        assertThat(refused.in(Messages.DEFAULT).errors().get(0).message()).isEqualTo("调查结论必填");
        assertThatThrownBy(() -> StepRefused.badInputs(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLanguageWithoutBundleReadsChinese() {
        assertThat(StepRefused.badInput("finding", "input.required", StepRefused.label("finding")).text(Locale.FRENCH))
                .isEqualTo("调查结论必填");
    }
}
