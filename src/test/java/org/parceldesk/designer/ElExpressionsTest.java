package org.parceldesk.designer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.camunda.bpm.impl.juel.AstString;

class ElExpressionsTest {

    @Test
    void findsTheRootNamesAnExpressionReads() {
        assertThat(ElExpressions.identifiers(ElExpressions.parse("${slaClocks.dueDate(execution, 'complaint-first-contact')}")))
                .containsExactlyInAnyOrder("slaClocks", "execution");
        assertThat(ElExpressions.identifiers(ElExpressions.parse("${x == 'y.z()'}"))).containsExactly("x");
        assertThat(ElExpressions.identifiers(ElExpressions.parse("plain.text() and more"))).isEmpty();
    }

    @Test
    void findsCallsOnNamesWithTheirArgumentsNestedCallsIncluded() {
        var calls = ElExpressions.calls(ElExpressions.parse(
                "${complaintProgress.resolutionDue(execution, slaClocks.dueDate(execution, 'complaint-resolution'))}"));

        assertThat(calls).extracting(ElExpressions.Call::target).containsExactly("complaintProgress", "slaClocks");
        assertThat(calls.get(1).method()).isEqualTo("dueDate");
        assertThat(((AstString) calls.get(1).arguments().get(1)).eval(null, null)).isEqualTo("complaint-resolution");
    }

    @Test
    void theSoleIdentifierOfADelegateExpression() {
        assertThat(ElExpressions.soleIdentifier("${notifyCustomer}")).contains("notifyCustomer");
        assertThat(ElExpressions.soleIdentifier(" #{ notifyCustomer } ")).contains("notifyCustomer");
        assertThat(ElExpressions.soleIdentifier("${delegates.notify}")).isEmpty();
        assertThat(ElExpressions.soleIdentifier("${a} ${b}")).isEmpty();
        assertThat(ElExpressions.soleIdentifier("com.example.Delegate")).isEmpty();
    }

    @Test
    void textThatIsNoExpressionIsReportedWithTheParsersReason() {
        assertThatThrownBy(() -> ElExpressions.parse("${a.(}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("syntax error");
        assertThatThrownBy(() -> ElExpressions.parse("${a} #{b}")).isInstanceOf(IllegalArgumentException.class);
    }
}
