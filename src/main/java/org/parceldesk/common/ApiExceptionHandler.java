package org.parceldesk.common;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.TypeMismatchException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error leaves as one problem-details JSON; validation errors carry {@code errors},
 * a list of {field, message}. A client's mistake is never a 500, and a 500 never shows a stack trace.
 */
@RestControllerAdvice(basePackages = "org.parceldesk")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '([^']{1,100})'");

    private final Messages messages;

    ApiExceptionHandler(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem) {
        if (problem instanceof StepRefused refused) {
            problem = refused.in(Messages.locale());
        }
        ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
        body.setTitle(title(problem.status(), problem.title()));
        if (!problem.errors().isEmpty()) {
            body.setProperty("errors", problem.errors());
        }
        problem.properties().forEach(body::setProperty);
        return ResponseEntity.status(problem.status()).body(body);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return apiProblem(ApiProblem.invalid(e.getName(), bindingMessage(e, e.getValue())));
    }

    @ExceptionHandler(org.springframework.data.mapping.PropertyReferenceException.class)
    ResponseEntity<ProblemDetail> unknownSortProperty(org.springframework.data.mapping.PropertyReferenceException e) {
        return apiProblem(ApiProblem.invalid("sort", messages.get("problem.field.unknown-sort", e.getPropertyName())));
    }

    /** Method security ({@code @PreAuthorize}) denies inside the MVC layer: same answer as the filter's 403. */
    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(org.springframework.security.access.AccessDeniedException e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, messages.get("problem.forbidden"));
        body.setTitle(title(HttpStatus.FORBIDDEN, "Forbidden"));
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(body);
    }

    /** Two requests changed the same task or case at once (a double click, a retry): the later one is told, nothing is half-done. */
    @ExceptionHandler({org.camunda.bpm.engine.OptimisticLockingException.class,
            org.springframework.dao.OptimisticLockingFailureException.class,
            org.springframework.dao.PessimisticLockingFailureException.class})
    ResponseEntity<ProblemDetail> concurrentChange(Exception e) {
        return apiProblem(new ApiProblem(HttpStatus.CONFLICT, "Conflict", messages.get("problem.concurrent-change"), List.of()));
    }

    /** A unique key refused a parallel duplicate; other integrity errors are defects and stay 500 (without SQL). */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(org.springframework.dao.DataIntegrityViolationException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.springframework.dao.DuplicateKeyException
                    || (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                            && violation.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE)) {
                return apiProblem(new ApiProblem(HttpStatus.CONFLICT, "Conflict", messages.get("problem.submitted-twice"),
                        List.of()));
            }
        }
        return unexpected(e);
    }

    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<ProblemDetail> brokenMultipart(org.springframework.web.multipart.MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException tooLarge) {
            return uploadTooLarge();
        }
        return apiProblem(ApiProblem.invalid("body", messages.get("problem.field.not-multipart")));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error", e);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                messages.get("problem.unexpected"));
        body.setTitle(title(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error"));
        return ResponseEntity.internalServerError().body(body);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.isBindingFailure() && error.contains(TypeMismatchException.class)
                        ? bindingMessage(error.unwrap(TypeMismatchException.class), error.getRejectedValue())
                        : error.getDefaultMessage()))
                .collect(Collectors.toList());
        e.getBindingResult().getGlobalErrors().forEach(error ->
                errors.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
        return asObject(apiProblem(ApiProblem.invalid(errors)));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage())))
                .toList();
        return asObject(apiProblem(ApiProblem.invalid(errors)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String message;
            if (mapping instanceof RefusedInputException refused) {
                message = refused.reason();
            } else if (mapping instanceof InvalidFormatException format) {
                message = messages.get("problem.field.unreadable-value", format.getTargetType().getSimpleName(),
                        shorten(format.getValue()));
            } else if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
                message = messages.get("problem.field.unreadable-type", mismatch.getTargetType().getSimpleName());
            } else {
                message = messages.get("problem.field.unreadable");
            }
            return asObject(apiProblem(ApiProblem.invalid(field, message)));
        }
        if (e.getCause() instanceof StreamConstraintsException) {
            return asObject(apiProblem(ApiProblem.invalid("body", messages.get("problem.field.parser-limits",
                    shorten(e.getCause().getMessage())))));
        }
        if (e.getCause() instanceof StreamReadException read && read.getOriginalMessage() != null) {
            Matcher duplicate = DUPLICATE_FIELD.matcher(read.getOriginalMessage());
            if (duplicate.find()) {
                return asObject(apiProblem(ApiProblem.invalid(duplicate.group(1), messages.get("problem.field.duplicate"))));
            }
            if (read.getOriginalMessage().contains("Numeric value")) {
                return asObject(apiProblem(ApiProblem.invalid("body", messages.get("problem.field.number-out-of-range"))));
            }
        }
        return asObject(apiProblem(ApiProblem.invalid("body", messages.get("problem.field.not-json"))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return asObject(apiProblem(ApiProblem.invalid(e.getParameterName(), messages.get("problem.field.required"))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return asObject(apiProblem(ApiProblem.invalid(e.getRequestPartName(), messages.get("problem.field.required"))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return asObject(apiProblem(new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                messages.get("problem.unsupported-media-type", shorten(e.getContentType() != null ? e.getContentType()
                        : request.getHeader(HttpHeaders.CONTENT_TYPE))),
                List.of(new FieldProblem("Content-Type", messages.get("problem.field.one-of", e.getSupportedMediaTypes()))))));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return asObject(uploadTooLarge());
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
        return apiProblem(ApiProblem.invalid(e.getHeaderName(), messages.get("problem.field.required")));
    }

    /** The reason of a refused conversion (e.g. a control character), else the value, shortened. */
    private String bindingMessage(TypeMismatchException e, Object value) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof TextBindingAdvice.RefusedText refusal) {
                return refusal.getMessage();
            }
        }
        return messages.get("problem.field.invalid-value", shorten(value));
    }

    /** Echoes at most 40 characters of what the client sent: an answer must not grow with the attack. */
    private static String shorten(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> entity) {
        return (ResponseEntity) entity;
    }

    private ResponseEntity<ProblemDetail> uploadTooLarge() {
        return apiProblem(new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, "Upload too large", messages.get("problem.upload-too-large"),
                List.of(new FieldProblem("file", messages.get("problem.field.upload-too-large")))));
    }

    /** The title of a status in the reader's language; statuses without a bundled title keep the given one. */
    private String title(HttpStatusCode status, String fallback) {
        return messages.getOrDefault("problem.title." + status.value(), fallback);
    }
}
