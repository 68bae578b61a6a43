package org.parceldesk.designer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ElExpressionsTest {

    @Test
    void findsTheNamesMethodsAreCalledOn() {
        assertThat(ElExpressions.methodCallTargets("${slaClocks.dueDate(execution, 'complaint-first-contact')}"))
                .containsExactly("slaClocks");
        assertThat(ElExpressions.methodCallTargets("#{a.b(x) && c . d ()}")).containsExactly("a", "c");
    }

    @Test
    void ignoresChainsPropertyReadsLiteralsAndTextOutsideExpressions() {
        assertThat(ElExpressions.methodCallTargets("${a.b.c(1)}")).containsExactly("a");
        assertThat(ElExpressions.methodCallTargets("${amount > 500 && customer.vip}")).isEmpty();
        assertThat(ElExpressions.methodCallTargets("${x == 'y.z()'}")).isEmpty();
        assertThat(ElExpressions.methodCallTargets("plain.text() ${S(json).prop('a').stringValue()}")).isEmpty();
        assertThat(ElExpressions.methodCallTargets("${dateTime().plusDays(2).toDate()}")).isEmpty();
    }

    @Test
    void nestedBracesAndEscapedQuotesDoNotEndTheExpressionEarly() {
        assertThat(ElExpressions.bodies("${m.put('k', \"a}b\\\"c\")} and #{n.go()}"))
                .containsExactly("m.put(' ', \"      \")", "n.go()");
    }

    @Test
    void leadingIdentifierOfADelegateExpression() {
        assertThat(ElExpressions.leadingIdentifier("${notifyCustomer}")).contains("notifyCustomer");
        assertThat(ElExpressions.leadingIdentifier("#{ delegates.notify }")).contains("delegates");
        assertThat(ElExpressions.leadingIdentifier("${a} ${b}")).isEmpty();
        assertThat(ElExpressions.leadingIdentifier("com.example.Delegate")).isEmpty();
    }
}
