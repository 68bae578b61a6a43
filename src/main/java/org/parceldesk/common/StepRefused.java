package org.parceldesk.common;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * The one refusal of a case step, shared by the complaint, claim and violation modules: bad task
 * input (400) or a step the rules do not allow now (403: wrong state, four eyes, a closed appeal
 * window). It names the field at fault and carries a message key of the bundles
 * ({@code messages_zh_CN.properties} / {@code messages_en.properties}), so that every door renders
 * the same RFC 9457 problem document in the reader's language: the API's exception handler and the
 * engine REST refusal mappers call {@link #in(Locale)}. Thrown from a task listener it keeps the task
 * open; thrown before anything is written it leaves nothing half-done.
 *
 * <p>{@link #getMessage()} (logs, tests) is "field: " and the Chinese text followed by the English one.
 */
public class StepRefused extends ApiProblem {

    public enum Kind {
        /** the input is wrong: 400 */
        INVALID(HttpStatus.BAD_REQUEST),
        /** the input may be right, but this step is not allowed now or for this user: 403 */
        NOT_ALLOWED(HttpStatus.FORBIDDEN);

        private final HttpStatus status;

        Kind(HttpStatus status) {
            this.status = status;
        }
    }

    /**
     * One thing wrong: the field (null for the step as a whole), the message key and its arguments.
     * An argument may be a {@link MessageSourceResolvable} (e.g. {@link #label}) resolved in the same language.
     */
    public record Fault(String field, String key, Object... args) {
    }

    private final Kind kind;
    private final List<Fault> faults;

    private StepRefused(Kind kind, List<Fault> faults) {
        super(kind.status, kind.status.getReasonPhrase(), bilingual(faults), List.of());
        if (faults.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one fault");
        }
        this.kind = kind;
        this.faults = List.copyOf(faults);
    }

    /** The field's value is wrong. */
    public static StepRefused badInput(String field, String key, Object... args) {
        return new StepRefused(Kind.INVALID, List.of(new Fault(field, key, args)));
    }

    /** Several fields are wrong at once (a form's checks, all reported in one answer). */
    public static StepRefused badInputs(List<Fault> faults) {
        return new StepRefused(Kind.INVALID, faults);
    }

    /** The step is not allowed now or for this user; {@code field} may be null. */
    public static StepRefused notAllowed(String field, String key, Object... args) {
        return new StepRefused(Kind.NOT_ALLOWED, List.of(new Fault(field, key, args)));
    }

    /** A form field's name as the bundles label it ({@code field.<name>}), else the field's id. */
    public static MessageSourceResolvable label(String field) {
        return new DefaultMessageSourceResolvable(new String[] {"field." + field}, field);
    }

    public Kind kind() {
        return kind;
    }

    /** The (first) field at fault, or null when the step as a whole is refused. */
    public String field() {
        return faults.get(0).field();
    }

    /** The (first) message key. */
    public String key() {
        return faults.get(0).key();
    }

    public List<Fault> faults() {
        return faults;
    }

    /** The text of every fault in {@code locale}, joined. */
    public String text(Locale locale) {
        return faults.stream().map(fault -> text(fault, locale))
                .collect(Collectors.joining(isChinese(locale) ? "；" : "; "));
    }

    /** This refusal as the plain problem that is sent: detail and field errors in {@code locale}. */
    public ApiProblem in(Locale locale) {
        List<FieldProblem> errors = faults.stream().filter(fault -> fault.field() != null)
                .map(fault -> new FieldProblem(fault.field(), text(fault, locale))).toList();
        ApiProblem problem = new ApiProblem(status(), title(), text(locale), errors);
        properties().forEach(problem::with);
        return problem;
    }

    @Override
    public List<FieldProblem> errors() {
        return in(Messages.DEFAULT).errors();
    }

    private static String text(Fault fault, Locale locale) {
        return MessageConfiguration.BUNDLES.getMessage(fault.key(), fault.args(), locale);
    }

    private static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    private static String bilingual(List<Fault> faults) {
        return faults.stream().map(fault -> (fault.field() == null ? "" : fault.field() + ": ")
                + text(fault, Messages.DEFAULT) + " " + text(fault, Locale.ENGLISH)).collect(Collectors.joining("; "));
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + kind + ", " + faults.stream()
                .map(fault -> fault.field() + ":" + fault.key() + Arrays.toString(fault.args())).toList() + ")";
    }
}
