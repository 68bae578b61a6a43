package org.parceldesk.designer;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstLiteral;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Node;
import org.parceldesk.common.Messages;

/**
 * What an expression in a deployed model may do (docs/designing.md, "What a model may call"). A model
 * is code that runs inside the engine with the engine's rights, so an expression is accepted only if
 * every part of its syntax tree is one of:
 * <ul>
 * <li>a literal, or a process variable read by name ({@code ${approvalLevel == 'MANAGER'}});</li>
 * <li>comparison, boolean, arithmetic, {@code empty} and {@code ?:} over those;</li>
 * <li>one method call or property read on a ParcelDesk bean of the allow-list
 *     ({@code ${slaClocks.dueDate(execution, 'complaint-resolution')}}, {@code ${complaintSettings.dissatisfiedAtMost}}),
 *     whose arguments are again accepted expressions, or the engine's {@code execution}/{@code task} passed as is;</li>
 * <li>in a business rule task, reading {@code decisionResult} ({@code ${decisionResult.getSingleResult().points}}).</li>
 * </ul>
 * Everything else is refused: {@code execution.anything}, methods or properties on variables, beans not on
 * the allow-list, functions ({@code T(...)}, {@code fn:x()}), bracket access, reflection and engine internals.
 */
final class ExpressionPolicy {

    /** Engine objects the resolver hands to expressions; only ever passed on to a bean. */
    static final Set<String> ENGINE_OBJECTS = Set.of("execution", "task", "externalTask", "caseExecution", "variableScope");
    /** Names that reach the engine or the container whatever beans exist. */
    private static final Set<String> ENGINE_INTERNALS = Set.of("processEngine", "processEngineConfiguration",
            "processEngineServices", "applicationContext", "beanFactory", "environment", "systemProperties",
            "systemEnvironment");
    /** Members that open reflection or the engine, refused even on allowed beans and decision results. */
    private static final Set<String> FORBIDDEN_MEMBERS = Set.of("class", "getClass", "classLoader", "getClassLoader",
            "forName", "newInstance", "getMethod", "getDeclaredMethod", "invoke", "getRuntime", "exec",
            "processEngine", "getProcessEngine", "processEngineServices", "getProcessEngineServices",
            "processEngineConfiguration", "getProcessEngineConfiguration", "targetSource", "getTargetSource",
            "targetClass", "getTargetClass", "advisors", "getAdvisors", "applicationContext", "getApplicationContext",
            "beanFactory", "getBeanFactory", "wait", "notify", "notifyAll");
    private static final String DECISION_RESULT = "decisionResult";
    /** The read-only accessors of a decision result and its entries. */
    private static final Set<String> DECISION_RESULT_METHODS = Set.of("getSingleResult", "getFirstResult",
            "getResultList", "getSingleEntry", "getFirstEntry", "getEntry", "getEntryMap", "collectEntries", "get",
            "size", "isEmpty");

    private final Predicate<String> springBean;
    private final Predicate<String> allowedBean;

    /**
     * @param springBean  whether a name is a bean of the application context (the engine resolves those by name)
     * @param allowedBean whether a name is a ParcelDesk bean that models may call
     */
    ExpressionPolicy(Predicate<String> springBean, Predicate<String> allowedBean) {
        this.springBean = springBean;
        this.allowedBean = allowedBean;
    }

    /**
     * Why the expression may not be deployed, or empty if it may.
     *
     * @param decisionResultInScope true in a business rule task, where the engine provides {@code decisionResult}
     */
    Optional<String> refusal(String expression, boolean decisionResultInScope) {
        try {
            value(ElExpressions.parse(expression).getRoot(), decisionResultInScope);
            return Optional.empty();
        } catch (IllegalArgumentException unparsable) {
            return Optional.of(Messages.forReader("designer.check.el.invalid", unparsable.getMessage()));
        } catch (Refused refused) {
            return Optional.of(refused.getMessage());
        }
    }

    private void value(Node node, boolean decisionResult) {
        if (node instanceof AstText || node instanceof AstLiteral) {
            return;
        }
        if (node instanceof AstEval || node instanceof AstNested || node instanceof AstComposite
                || node instanceof AstBinary || node instanceof AstUnary || node instanceof AstChoice) {
            for (int i = 0; i < node.getCardinality(); i++) {
                value(node.getChild(i), decisionResult);
            }
        } else if (node instanceof AstIdentifier identifier) {
            name(identifier.getName(), decisionResult);
        } else if (node instanceof AstMethod method) {
            member((AstProperty) method.getChild(0), (AstParameters) method.getChild(1), decisionResult);
        } else if (node instanceof AstProperty property) {
            member(property, null, decisionResult);
        } else if (node instanceof AstFunction function) {
            throw new Refused("designer.check.el.function", function.getName());
        } else {
            throw new Refused("designer.check.el.node", node);
        }
    }

    /** A name read as a value. */
    private void name(String name, boolean decisionResult) {
        if (ENGINE_OBJECTS.contains(name)) {
            throw new Refused("designer.check.el.engine-object", name);
        }
        if (DECISION_RESULT.equals(name) && !decisionResult) {
            throw new Refused("designer.check.el.decision-result");
        }
        if (ENGINE_INTERNALS.contains(name)) {
            throw new Refused("designer.check.el.engine-internals", name);
        }
        if (springBean.test(name) && !allowedBean.test(name)) {
            throw notAllowedBean(name);
        }
        // anything else is a process variable (or authenticatedUserId, the user's id): plain data
    }

    /** {@code prefix.name} or {@code prefix.name(arguments)}; {@code arguments} is null for a property read. */
    private void member(AstProperty property, AstParameters arguments, boolean decisionResult) {
        String kind = Messages.forReader(arguments == null ? "designer.check.el.kind.property" : "designer.check.el.kind.method");
        if (property instanceof AstBracket) {
            throw new Refused("designer.check.el.bracket");
        }
        AstDot dot = (AstDot) property;
        String member = ElExpressions.memberName(dot);
        if (FORBIDDEN_MEMBERS.contains(member)) {
            throw new Refused("designer.check.el.forbidden-member", kind, member);
        }
        Node prefix = dot.getChild(0);
        String root = rootName(prefix);
        if (root != null && ENGINE_OBJECTS.contains(root)) {
            throw new Refused("designer.check.el.engine-object-member", kind, member, root);
        }
        if (DECISION_RESULT.equals(root)) {
            if (!decisionResult) {
                throw new Refused("designer.check.el.decision-result");
            }
            decisionResultMember(prefix, member, arguments);
            return;
        }
        if (root != null && ENGINE_INTERNALS.contains(root)) {
            throw new Refused("designer.check.el.engine-internals", root);
        }
        if (root != null && springBean.test(root) && !allowedBean.test(root)) {
            throw notAllowedBean(root);
        }
        if (!(prefix instanceof AstIdentifier target)) {
            if (root == null) {
                value(prefix, decisionResult); // a chain on a function or literal: its own reason first
            }
            throw new Refused("designer.check.el.chain", kind, member);
        }
        String name = target.getName();
        if (!allowedBean.test(name)) {
            throw new Refused("designer.check.el.not-a-bean", kind, member, name);
        }
        if (arguments != null) {
            for (int i = 0; i < arguments.getCardinality(); i++) {
                Node argument = arguments.getChild(i);
                boolean engineObject = argument instanceof AstIdentifier identifier
                        && ENGINE_OBJECTS.contains(identifier.getName());
                if (!engineObject) {
                    value(argument, decisionResult);
                }
            }
        }
    }

    private void decisionResultMember(Node prefix, String member, AstParameters arguments) {
        if (arguments != null && !DECISION_RESULT_METHODS.contains(member)) {
            throw new Refused("designer.check.el.decision-result-method", member, DECISION_RESULT_METHODS.toString());
        }
        if (!(prefix instanceof AstIdentifier)) {
            value(prefix, true);
        }
        if (arguments != null) {
            for (int i = 0; i < arguments.getCardinality(); i++) {
                value(arguments.getChild(i), true);
            }
        }
    }

    /** The name at the bottom of a chain {@code a.b(...).c}, or null if the chain starts elsewhere. */
    private static String rootName(Node node) {
        Node current = node;
        while (true) {
            if (current instanceof AstIdentifier identifier) {
                return identifier.getName();
            } else if (current instanceof AstMethod method) {
                current = method.getChild(0);
            } else if (current instanceof AstProperty property) {
                current = property.getChild(0);
            } else if (current instanceof AstNested nested) {
                current = nested.getChild(0);
            } else {
                return null;
            }
        }
    }

    private static Refused notAllowedBean(String name) {
        return new Refused("designer.check.el.bean-not-allowed", name);
    }

    /**
     * The first reason found, in the deployer's language ({@code key} of the bundles' {@code designer.check.el.*});
     * carries no stack trace, it is a verdict rather than an error.
     */
    private static final class Refused extends RuntimeException {

        Refused(String key, Object... args) {
            super(Messages.forReader(key, args), null, false, false);
        }
    }
}
