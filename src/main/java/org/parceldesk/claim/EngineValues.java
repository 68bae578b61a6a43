package org.parceldesk.claim;

import java.math.BigDecimal;
import java.util.Set;
import org.parceldesk.workflow.CaseKeys;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.parceldesk.common.InputLimits;

/** Reads form values as the engine holds them (forms send numbers as Long or Double, booleans as Boolean). */
final class EngineValues {

    private EngineValues() {
    }

    static String caseNo(VariableScope scope) {
        return CaseKeys.caseNo(scope);
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    static String requiredText(VariableScope scope, String name) {
        String value = text(scope, name);
        if (value == null) {
            throw InvalidPayoutInputException.of(name, "必填", "is required");
        }
        return value;
    }

    /** An amount of money, bounded by {@link InputLimits#money} (scale 2, the configured maximum) before any arithmetic. */
    static BigDecimal amount(VariableScope scope, String name, InputLimits limits) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            throw InvalidPayoutInputException.of(name, "不是数字", "is not a number");
        }
        String refusal = limits.moneyRefusal(amount);
        if (refusal != null) {
            throw new InvalidPayoutInputException(name, PayoutFieldNames.moneyRefusal(name, refusal));
        }
        return amount;
    }

    static boolean flag(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }

    static <E extends Enum<E>> E choice(VariableScope scope, String name, Class<E> type) {
        String value = requiredText(scope, name);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw InvalidPayoutInputException.of(name, "须为以下之一：" + java.util.Arrays.toString(type.getEnumConstants()),
                    "is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** The user completing or changing the task: the engine's authenticated user, else the assignee. */
    static String actingUser(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee();
    }

    /**
     * The groups of {@link #actingUser}: the engine call's authentication, else the identity
     * service's memberships of the assignee.
     */
    static Set<String> actingUserGroups(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null && authentication.getGroupIds() != null) {
            return Set.copyOf(authentication.getGroupIds());
        }
        String user = actingUser(task);
        if (user == null) {
            return Set.of();
        }
        return Set.copyOf(task.getProcessEngineServices().getIdentityService().createGroupQuery().groupMember(user).list()
                .stream().map(org.camunda.bpm.engine.identity.Group::getId).toList());
    }
}
