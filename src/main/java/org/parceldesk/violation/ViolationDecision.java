package org.parceldesk.violation;

/** The inspector's finding. A cleared case never counts against the courier (浙江省快递业促进条例 art. 41). */
public enum ViolationDecision {
    UPHELD("成立"),
    CLEARED("不成立");

    private final String label;

    ViolationDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
