package org.parceldesk.designer;

/** One reason to refuse a model: the id of the element at fault and what is wrong with it. */
record ModelProblem(String elementId, String message) {

    @Override
    public String toString() {
        return elementId + ": " + message;
    }
}
