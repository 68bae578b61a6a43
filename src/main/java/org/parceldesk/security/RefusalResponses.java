package org.parceldesk.security;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.FieldProblem;
import org.parceldesk.common.Messages;
import org.parceldesk.common.StepRefused;
import org.parceldesk.workflow.TaskInputRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One answer for a refusal on every engine API path ({@code /engine-rest} and Tasklist's
 * {@code /camunda/api/engine}): Camunda's error shape ({@code type}, {@code message}) whose message
 * is the reason alone, in the reader's language; and one INFO line in the log with the case number.
 */
final class RefusalResponses {

    private static final Logger log = LoggerFactory.getLogger(RefusalResponses.class);
    private static final Pattern TASK_PATH = Pattern.compile("(?:^|/)task/([^/]+)");
    private static final Pattern ENGINE_PATH = Pattern.compile("(?:^|/)engine/([^/]+)/");

    private RefusalResponses() {
    }

    static Response answer(Refusal refusal, HttpHeaders headers, UriInfo uri) {
        List<Locale.LanguageRange> accepted = RefusalText.parse(headers == null ? null
                : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        StepRefused refused = refusal.cause() instanceof StepRefused step ? step : null;
        Locale locale = RefusalText.prefersEnglish(accepted) ? Locale.ENGLISH : Messages.DEFAULT;
        String reason = refused != null ? refused.text(locale) : RefusalText.pick(refusal.message(), accepted);
        log(refusal, uri);
        // Camunda's members (type, message: what Tasklist shows) and RFC 9457's (title, status, detail, errors)
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", refusal.cause().getClass().getSimpleName());
        body.put("message", reason);
        body.put("title", refusal.status().getReasonPhrase());
        body.put("status", refusal.status().getStatusCode());
        body.put("detail", reason);
        List<FieldProblem> errors = refused != null ? refused.in(locale).errors() : fieldsAtFault(refusal.cause(), reason);
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        return Response.status(refusal.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    private static List<FieldProblem> fieldsAtFault(Throwable cause, String reason) {
        if (cause instanceof ApiProblem problem) {
            return problem.errors();
        }
        if (cause instanceof TaskInputRefused undeclared) {
            return List.of(new FieldProblem("variables." + undeclared.variable(), reason));
        }
        return List.of();
    }

    private static void log(Refusal refusal, UriInfo uri) {
        String path = uri == null ? "" : uri.getPath();
        String caseNo = caseNumberOf(path);
        log.info("Refused {} case {} user {}: {}", path, caseNo == null ? "-" : caseNo, currentUser(path),
                refusal.cause() instanceof StepRefused step ? step.text(Locale.ENGLISH)
                        : RefusalText.pick(refusal.message(), List.of(new Locale.LanguageRange("en"))));
    }

    private static String currentUser(String path) {
        try {
            Matcher engine = ENGINE_PATH.matcher(path);
            ProcessEngine processEngine = EngineUtil.lookupProcessEngine(engine.find() ? engine.group(1) : null);
            var authentication = processEngine == null ? null : processEngine.getIdentityService().getCurrentAuthentication();
            return authentication == null ? "-" : authentication.getUserId();
        } catch (RuntimeException e) {
            return "-";
        }
    }

    /** The business key (case number) of the task the path names, read without the caller's authorizations. */
    static String caseNumberOf(String path) {
        Matcher task = TASK_PATH.matcher(path);
        if (!task.find()) {
            return null;
        }
        try {
            Matcher engine = ENGINE_PATH.matcher(path);
            ProcessEngine processEngine = EngineUtil.lookupProcessEngine(engine.find() ? engine.group(1) : null);
            if (processEngine == null) {
                return null;
            }
            String taskId = task.group(1);
            return ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                    .getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
                        TaskEntity entity = context.getTaskManager().findTaskById(taskId);
                        ExecutionEntity instance = entity == null || entity.getProcessInstanceId() == null ? null
                                : context.getExecutionManager().findExecutionById(entity.getProcessInstanceId());
                        return instance == null ? null : instance.getBusinessKey();
                    }));
        } catch (RuntimeException e) {
            // the log line must never turn a refusal into an error
            return null;
        }
    }
}
