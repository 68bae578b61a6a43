package org.parceldesk.common;

/**
 * One thing wrong with a request: the field at fault (a JSON property, a query parameter, or a
 * CSV column) and why. {@code line} is set only for file imports.
 */
public record FieldProblem(String field, String message, Integer line) {

    public FieldProblem(String field, String message) {
        this(field, message, null);
    }
}
