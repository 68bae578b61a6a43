package org.parceldesk.workflow;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Create listener of every shipped user task ({@code delegateExpression="${formContext}"}): asks the
 * case module of the task's process ({@link FormContextSource}) what the form must show, and puts it
 * on the task as LOCAL variables named {@code fact*}. They live and die with the task, never reach
 * the process scope, are never written to history ({@code security.PrivateTextHistoryFilter} drops
 * every {@code fact*} variable) and are no task's declared field, so a client that sends one back is
 * refused ({@link TaskInputGuard}). The forms show them in {@code text} views, which submit nothing.
 *
 * <p>Values are rendered to Markdown-safe text here: the forms' text views render Markdown, and a
 * customer's or courier's text must not become a link, an image or HTML on a staff form.
 */
@Component("formContext")
public class FormContext implements TaskListener {

    /** Name prefix of every context variable; history never keeps a variable with it. */
    public static final String PREFIX = "fact";

    static final String NONE = "—";

    private final Map<String, FormContextSource> sources;

    FormContext(List<FormContextSource> sources) {
        this.sources = sources.stream().collect(Collectors.toUnmodifiableMap(FormContextSource::processKey,
                Function.identity()));
    }

    @Override
    public void notify(DelegateTask task) {
        String processKey = Context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedProcessDefinitionById(task.getProcessDefinitionId()).getKey();
        // a process without a context source shows only its own variables
        valuesOf(processKey, new FormContextSource.FormTask(CaseKeys.caseNo(task), task.getTaskDefinitionKey(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant())).ifPresent(task::setVariablesLocal);
    }

    /** The rendered context of a task of the given process, if a case module describes that process. */
    java.util.Optional<Map<String, Object>> valuesOf(String processKey, FormContextSource.FormTask task) {
        FormContextSource source = sources.get(processKey);
        return source == null ? java.util.Optional.empty() : java.util.Optional.of(rendered(source.contextOf(task)));
    }

    static Map<String, Object> rendered(Map<String, Object> context) {
        Map<String, Object> variables = new LinkedHashMap<>();
        context.forEach((name, value) -> {
            if (name == null || !name.startsWith(PREFIX) || name.length() == PREFIX.length()) {
                throw new IllegalStateException("A form context variable must be named " + PREFIX + "…: " + name);
            }
            variables.put(name, render(value));
        });
        return variables;
    }

    private static String render(Object value) {
        if (value instanceof Collection<?> items) {
            if (items.isEmpty()) {
                return NONE;
            }
            // one Markdown list item per entry; line breaks inside an entry stay inside it
            return items.stream().map(item -> "- " + text(item).replace("\n", "\n  ")).collect(Collectors.joining("\n"));
        }
        return text(value);
    }

    private static String text(Object value) {
        String text = value == null ? "" : String.valueOf(value).strip();
        return text.isEmpty() ? NONE : escapeMarkdown(text);
    }

    /**
     * Backslash-escapes what Markdown would turn into a link, an image or HTML. Emphasis characters stay:
     * masked values ({@code 138****5678}) and codes ({@code IN_TRANSIT}) are read as they are.
     */
    static String escapeMarkdown(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\[]<>".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
