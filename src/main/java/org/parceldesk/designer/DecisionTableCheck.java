package org.parceldesk.designer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.UnaryTests;
import org.parceldesk.common.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a decision table must not contain (docs/designing.md, "Decision tables"):
 * <ul>
 * <li>an output entry outside its output's declared values ({@code outputValues});</li>
 * <li>an input entry naming a string outside its input's declared values ({@code inputValues});</li>
 * <li>for hit policies that return one result (UNIQUE, ANY, FIRST, PRIORITY), a gap: a combination of
 *     declared input values that no rule matches — the evaluation would return nothing;</li>
 * <li>for UNIQUE, two rules matching the same combination; for ANY, two such rules with different outputs.</li>
 * </ul>
 * Numeric inputs without declared values range over all numbers; string inputs without declared values
 * are checked for overlaps only. The gap and overlap analysis understands {@link DmnValues}'s subset of
 * FEEL; a table using more is skipped (logged), never refused for it.
 */
final class DecisionTableCheck {

    private static final Logger log = LoggerFactory.getLogger(DecisionTableCheck.class);
    /** Beyond this many input combinations the analysis is skipped rather than slow a deployment down. */
    static final int MAX_COMBINATIONS = 100_000;
    private static final int MAX_LISTED = 5;
    private static final Set<String> NUMERIC_TYPES = Set.of("integer", "long", "double", "number");
    private static final Set<String> INTEGER_TYPES = Set.of("integer", "long");
    private static final Set<HitPolicy> SINGLE_RESULT = Set.of(HitPolicy.UNIQUE, HitPolicy.ANY, HitPolicy.FIRST,
            HitPolicy.PRIORITY);

    private final String decisionId;
    private final DecisionTable table;
    private final List<Input> inputs;
    private final List<Output> outputs;
    private final List<Rule> rules;
    private final List<ModelProblem> problems = new ArrayList<>();

    private DecisionTableCheck(String decisionId, DecisionTable table) {
        this.decisionId = decisionId;
        this.table = table;
        this.inputs = List.copyOf(table.getInputs());
        this.outputs = List.copyOf(table.getOutputs());
        this.rules = List.copyOf(table.getRules());
    }

    static List<ModelProblem> check(String decisionId, DecisionTable table) {
        DecisionTableCheck check = new DecisionTableCheck(decisionId, table);
        check.outputValues();
        check.coverage();
        return check.problems;
    }

    private void outputValues() {
        for (int o = 0; o < outputs.size(); o++) {
            Output output = outputs.get(o);
            Optional<DmnValues> declared = declared(output.getOutputValues());
            if (declared.isEmpty() || declared.get().kind() == DmnValues.Kind.ANY) {
                continue;
            }
            for (Rule rule : rules) {
                List<OutputEntry> entries = List.copyOf(rule.getOutputEntries());
                if (o >= entries.size()) {
                    continue;
                }
                String text = text(entries.get(o));
                Optional<Object> value = DmnValues.literal(text);
                if (value.isPresent() && !declared.get().allows(value.get())) {
                    problems.add(new ModelProblem(decisionId, Messages.forReader("designer.check.table.output-value",
                            rule.getId(), outputName(output), text.strip(),
                            output.getOutputValues().getText().getTextContent().strip())));
                }
            }
        }
    }

    /** One input column: its cells (the values or ranges the rules cannot tell apart) and each rule's entry. */
    private record Column(String name, List<Cell> cells, List<DmnValues> entries) {
    }

    /** A value, a range or "any other string" of one input; {@code declared} is false for the latter. */
    private record Cell(String label, Object representative, boolean declared) {
    }

    private void coverage() {
        HitPolicy hitPolicy = table.getHitPolicy() == null ? HitPolicy.UNIQUE : table.getHitPolicy();
        boolean gaps = SINGLE_RESULT.contains(hitPolicy);
        boolean overlaps = hitPolicy == HitPolicy.UNIQUE || hitPolicy == HitPolicy.ANY;
        if (!gaps && !overlaps || rules.isEmpty() && !gaps) {
            return;
        }
        List<Column> columns = new ArrayList<>();
        long combinations = 1;
        for (int i = 0; i < inputs.size(); i++) {
            Column column = column(i);
            if (column == null) {
                return;
            }
            columns.add(column);
            combinations *= Math.max(1, column.cells().size());
            if (combinations > MAX_COMBINATIONS) {
                log.info("Decision {}: more than {} input combinations, gaps and overlaps not analysed",
                        decisionId, MAX_COMBINATIONS);
                return;
            }
        }
        analyse(columns, hitPolicy, gaps, overlaps);
    }

    private void analyse(List<Column> columns, HitPolicy hitPolicy, boolean gaps, boolean overlaps) {
        List<String> uncovered = new ArrayList<>();
        int uncoveredCount = 0;
        Set<String> overlapping = new TreeSet<>();
        List<String> overlapMessages = new ArrayList<>();
        int[] at = new int[columns.size()];
        if (columns.stream().anyMatch(column -> column.cells().isEmpty())) {
            return;
        }
        while (true) {
            List<Integer> matching = new ArrayList<>();
            for (int r = 0; r < rules.size(); r++) {
                if (matches(columns, at, r)) {
                    matching.add(r);
                }
            }
            boolean declared = true;
            for (int c = 0; c < columns.size(); c++) {
                declared &= columns.get(c).cells().get(at[c]).declared();
            }
            if (gaps && matching.isEmpty() && declared) {
                uncoveredCount++;
                if (uncovered.size() < MAX_LISTED) {
                    uncovered.add(describe(columns, at));
                }
            }
            if (overlaps && matching.size() > 1) {
                for (int a = 0; a < matching.size(); a++) {
                    for (int b = a + 1; b < matching.size(); b++) {
                        Rule first = rules.get(matching.get(a));
                        Rule second = rules.get(matching.get(b));
                        if (hitPolicy == HitPolicy.ANY && sameOutputs(first, second)) {
                            continue;
                        }
                        String pair = first.getId() + "|" + second.getId();
                        if (overlapping.add(pair) && overlapMessages.size() < MAX_LISTED) {
                            overlapMessages.add(Messages.forReader(hitPolicy == HitPolicy.ANY
                                    ? "designer.check.table.overlap.different-outputs" : "designer.check.table.overlap",
                                    first.getId(), second.getId(), describe(columns, at), hitPolicy.toString()));
                        }
                    }
                }
            }
            if (!advance(columns, at)) {
                break;
            }
        }
        overlapMessages.forEach(message -> problems.add(new ModelProblem(decisionId, message)));
        if (overlapping.size() > overlapMessages.size()) {
            problems.add(new ModelProblem(decisionId, Messages.forReader("designer.check.table.more-overlaps",
                    overlapping.size() - overlapMessages.size())));
        }
        if (uncoveredCount > 0) {
            String unmatched = String.join("; ", uncovered);
            problems.add(new ModelProblem(decisionId, uncoveredCount > uncovered.size()
                    ? Messages.forReader("designer.check.table.gap.more", unmatched, uncoveredCount - uncovered.size(),
                            hitPolicy.toString())
                    : Messages.forReader("designer.check.table.gap", unmatched, hitPolicy.toString())));
        }
    }

    private static boolean advance(List<Column> columns, int[] at) {
        for (int c = columns.size() - 1; c >= 0; c--) {
            if (++at[c] < columns.get(c).cells().size()) {
                return true;
            }
            at[c] = 0;
        }
        return false;
    }

    private static boolean matches(List<Column> columns, int[] at, int rule) {
        for (int c = 0; c < columns.size(); c++) {
            if (!covers(columns.get(c).entries().get(rule), columns.get(c).cells().get(at[c]))) {
                return false;
            }
        }
        return true;
    }

    private static boolean covers(DmnValues entry, Cell cell) {
        if (entry.kind() == DmnValues.Kind.ANY) {
            return true;
        }
        // a cell lies wholly inside or wholly outside every entry, so one representative decides
        return cell.representative() != null && entry.allows(cell.representative());
    }

    private static String describe(List<Column> columns, int[] at) {
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            parts.add(columns.get(c).name() + " " + columns.get(c).cells().get(at[c]).label());
        }
        return String.join(", ", parts);
    }

    private boolean sameOutputs(Rule first, Rule second) {
        List<OutputEntry> a = List.copyOf(first.getOutputEntries());
        List<OutputEntry> b = List.copyOf(second.getOutputEntries());
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!text(a.get(i)).strip().equals(text(b.get(i)).strip())) {
                return false;
            }
        }
        return true;
    }

    /** The column of input {@code i}, or null (analysis skipped) if an entry or the declared values cannot be read. */
    private Column column(int i) {
        Input input = inputs.get(i);
        String name = inputName(input);
        String type = input.getInputExpression() == null || input.getInputExpression().getTypeRef() == null
                ? "" : input.getInputExpression().getTypeRef().toLowerCase(Locale.ROOT);
        List<DmnValues> entries = new ArrayList<>();
        for (Rule rule : rules) {
            List<InputEntry> ruleEntries = List.copyOf(rule.getInputEntries());
            Optional<DmnValues> entry = i < ruleEntries.size() ? DmnValues.parse(text(ruleEntries.get(i))) : Optional.empty();
            if (entry.isEmpty()) {
                log.info("Decision {}: rule {} input {} is beyond the analysable FEEL subset, gaps and overlaps not analysed",
                        decisionId, rule.getId(), name);
                return null;
            }
            entries.add(entry.get());
        }
        Optional<DmnValues> declared = input.getInputValues() == null ? Optional.of(DmnValues.ANY)
                : declared(input.getInputValues());
        if (declared.isEmpty()) {
            log.info("Decision {}: input {} declares values beyond the analysable FEEL subset", decisionId, name);
            return null;
        }
        DmnValues domain = declared.get();
        if (domain.kind() == DmnValues.Kind.ANY) {
            if (type.equals("boolean")) {
                domain = DmnValues.parse("true,false").orElseThrow();
            } else if (NUMERIC_TYPES.contains(type)) {
                domain = new DmnValues(DmnValues.Kind.NUMBERS, Set.of(), Set.of(), List.of(DmnValues.Interval.ALL));
            }
        }
        for (int r = 0; r < entries.size(); r++) {
            DmnValues entry = entries.get(r);
            if (entry.kind() == DmnValues.Kind.ANY) {
                continue;
            }
            if (domain.kind() != DmnValues.Kind.ANY && entry.kind() != domain.kind()) {
                log.info("Decision {}: rule {} input {} does not match the input's type, gaps and overlaps not analysed",
                        decisionId, rules.get(r).getId(), name);
                return null;
            }
            if (domain.kind() == DmnValues.Kind.STRINGS) {
                for (String value : entry.strings()) {
                    if (!domain.strings().contains(value)) {
                        problems.add(new ModelProblem(decisionId, Messages.forReader("designer.check.table.input-value",
                                rules.get(r).getId(), name, value,
                                input.getInputValues().getText().getTextContent().strip())));
                    }
                }
            }
        }
        return new Column(name, cells(domain, entries, INTEGER_TYPES.contains(type)), entries);
    }

    private static List<Cell> cells(DmnValues domain, List<DmnValues> entries, boolean integers) {
        List<Cell> cells = new ArrayList<>();
        switch (domain.kind()) {
            case STRINGS -> domain.strings().forEach(value -> cells.add(new Cell("\"" + value + "\"", value, true)));
            case BOOLEANS -> domain.booleans().forEach(value -> cells.add(new Cell(value.toString(), value, true)));
            case NUMBERS -> numberCells(domain, entries, integers, cells);
            case ANY -> {
                // undeclared values: the strings the rules name, and "any other", which only '-' matches
                Set<String> named = new TreeSet<>();
                boolean others = false;
                for (DmnValues entry : entries) {
                    named.addAll(entry.strings());
                    others |= entry.kind() == DmnValues.Kind.BOOLEANS || entry.kind() == DmnValues.Kind.NUMBERS;
                }
                if (others) {
                    return List.of(); // mixed undeclared values: no cells, nothing analysed
                }
                named.forEach(value -> cells.add(new Cell("\"" + value + "\"", value, false)));
                cells.add(new Cell(Messages.forReader("designer.check.table.any-other-value"), null, false));
            }
        }
        return cells;
    }

    /** Points and open ranges between every bound that the declared values and the entries use. */
    private static void numberCells(DmnValues domain, List<DmnValues> entries, boolean integers, List<Cell> cells) {
        TreeSet<BigDecimal> bounds = new TreeSet<>();
        List<DmnValues> all = new ArrayList<>(entries);
        all.add(domain);
        for (DmnValues values : all) {
            for (DmnValues.Interval interval : values.numbers()) {
                if (interval.low() != null) {
                    bounds.add(interval.low());
                }
                if (interval.high() != null) {
                    bounds.add(interval.high());
                }
            }
        }
        BigDecimal previous = null;
        for (BigDecimal bound : bounds) {
            addRange(previous, bound, domain, integers, cells);
            if ((!integers || isInteger(bound)) && domain.allows(bound)) {
                cells.add(new Cell("= " + bound.toPlainString(), bound, true));
            }
            previous = bound;
        }
        addRange(previous, null, domain, integers, cells);
    }

    private static void addRange(BigDecimal low, BigDecimal high, DmnValues domain, boolean integers, List<Cell> cells) {
        BigDecimal inside;
        if (low == null && high == null) {
            inside = BigDecimal.ZERO;
        } else if (low == null) {
            inside = high.subtract(BigDecimal.ONE).setScale(0, RoundingMode.FLOOR);
        } else if (high == null) {
            inside = low.add(BigDecimal.ONE).setScale(0, RoundingMode.FLOOR);
        } else if (integers) {
            inside = low.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE);
            if (inside.compareTo(high) >= 0) {
                return; // no whole number strictly between
            }
        } else {
            inside = low.add(high).divide(BigDecimal.valueOf(2));
        }
        if (!domain.allows(inside)) {
            return;
        }
        String label = low == null && high == null ? Messages.forReader("designer.check.table.any-number")
                : low == null ? "< " + high.toPlainString()
                : high == null ? "> " + low.toPlainString()
                : Messages.forReader("designer.check.table.between", low.toPlainString(), high.toPlainString());
        cells.add(new Cell(label, inside, true));
    }

    private static boolean isInteger(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }

    private static Optional<DmnValues> declared(UnaryTests values) {
        if (values == null || values.getText() == null) {
            return Optional.of(DmnValues.ANY);
        }
        return DmnValues.parse(values.getText().getTextContent());
    }

    private static String text(UnaryTests entry) {
        return entry.getText() == null ? "" : entry.getText().getTextContent();
    }

    private static String text(OutputEntry entry) {
        return entry.getText() == null ? "" : entry.getText().getTextContent();
    }

    private static String inputName(Input input) {
        if (input.getInputExpression() != null && input.getInputExpression().getText() != null) {
            String expression = input.getInputExpression().getText().getTextContent().strip();
            if (!expression.isEmpty()) {
                return expression;
            }
        }
        return input.getLabel() != null ? input.getLabel() : input.getId();
    }

    private static String outputName(Output output) {
        return output.getName() != null ? output.getName() : output.getLabel() != null ? output.getLabel() : output.getId();
    }
}
