package org.parceldesk.common;

/**
 * A case module's timeline, for what happens to a case outside its own steps: who may work one of
 * its tasks (candidates, assignee, owner) changed in Tasklist or through the engine API.
 */
public interface CaseTimeline {

    /** Records the change on the case's timeline; {@code false} when the case number is not this module's. */
    boolean recordTaskAccessChange(String caseNo, String actor, String change);
}
