package org.parceldesk.notification;

import java.util.Map;
import java.util.Objects;

/**
 * A message due to someone about a case.
 *
 * @param caseNo   the case it is about; every message shows it
 * @param template the template name: {@code templates/mail/{template}.html} (zh-CN) with an English
 *                 fallback {@code templates/mail/{template}_en.html}; the {@code <title>} is the subject
 * @param step     what caused it (e.g. a process activity id or "WARNING"); with caseNo and template
 *                 it forms the dedupe key
 * @param to       who receives it
 * @param model    template variables (caseNo is added automatically); no secrets
 */
public record Notification(String caseNo, String template, String step, Recipient to, Map<String, Object> model) {

    public Notification {
        Objects.requireNonNull(caseNo, "caseNo");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(to, "to");
        model = model == null ? Map.of() : Map.copyOf(model);
    }

    public String dedupeKey() {
        return caseNo + ":" + template + ":" + step;
    }
}
