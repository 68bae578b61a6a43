package org.parceldesk.designer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNode;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.IdentifierNode;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.Tree;
import org.camunda.bpm.impl.juel.TreeBuilder;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * Camunda's expression language (JUEL) read with the engine's own parser, so that the checks see
 * exactly the syntax tree the engine would evaluate — literals, operators, identifiers, property
 * reads and method calls — instead of guessing at text.
 */
final class ElExpressions {

    /** The features of the engine's default profile: method invocations and varargs. */
    private static final TreeBuilder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

    private ElExpressions() {
    }

    /** The engine evaluates a value as an expression only when it contains {@code ${} or {@code #{}. */
    static boolean containsExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /** The syntax tree of the text; {@link IllegalArgumentException} with the parser's reason if it is no expression. */
    static Tree parse(String text) {
        try {
            return PARSER.build(text);
        } catch (TreeBuilderException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The root names the expression reads: {@code a} and {@code c} in {@code ${a.b(c)}}. */
    static List<String> identifiers(Tree tree) {
        List<String> names = new ArrayList<>();
        for (IdentifierNode identifier : tree.getIdentifierNodes()) {
            names.add(identifier.getName());
        }
        return names;
    }

    /** The member name of {@code prefix.name}. The parser keeps it in a protected field; its text form is {@code ". name"}. */
    static String memberName(AstDot dot) {
        String text = dot.toString();
        return text.startsWith(". ") ? text.substring(2) : text;
    }

    /** The name of an expression that is nothing but {@code ${name}} (a delegate expression's usual form). */
    static Optional<String> soleIdentifier(String expression) {
        Node root;
        try {
            root = parse(expression.strip()).getRoot();
        } catch (IllegalArgumentException notAnExpression) {
            return Optional.empty();
        }
        if (root instanceof AstEval eval && eval.getChild(0) instanceof AstIdentifier identifier) {
            return Optional.of(identifier.getName());
        }
        return Optional.empty();
    }

    /** A call {@code target.method(arguments)} whose target is a plain name. */
    record Call(String target, String method, List<AstNode> arguments) {
    }

    /** Every call on a plain name anywhere in the tree, nested calls in arguments included. */
    static List<Call> calls(Tree tree) {
        List<Call> calls = new ArrayList<>();
        collectCalls(tree.getRoot(), calls);
        return calls;
    }

    private static void collectCalls(Node node, List<Call> calls) {
        if (node instanceof AstMethod method && method.getChild(0) instanceof AstDot dot
                && dot.getChild(0) instanceof AstIdentifier target) {
            AstParameters parameters = (AstParameters) method.getChild(1);
            List<AstNode> arguments = new ArrayList<>();
            for (int i = 0; i < parameters.getCardinality(); i++) {
                arguments.add(parameters.getChild(i));
            }
            calls.add(new Call(target.getName(), memberName(dot), arguments));
        }
        for (int i = 0; i < node.getCardinality(); i++) {
            collectCalls(node.getChild(i), calls);
        }
    }
}
