package org.parceldesk.designer;

/**
 * What a model may refer to outside itself. Bindings follow Camunda's attribute values
 * ({@code latest}, {@code deployment}, {@code version}, {@code versionTag}); null means latest.
 */
interface ModelReferences {

    boolean beanExists(String name);

    /** A ParcelDesk bean that models may call (the allow-list, docs/designing.md). */
    boolean beanAllowed(String name);

    boolean formExists(String formId, String binding);

    boolean decisionExists(String decisionKey, String binding);

    boolean processExists(String processKey, String binding);

    /** An SLA configured under {@code parceldesk.sla.definitions}. */
    boolean slaExists(String slaName);
}
