package org.parceldesk.security;

import java.util.Collection;

import org.camunda.bpm.engine.HistoryService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Whether a user was routed work of a case: a task of the case's process (running or done) had the
 * user as assignee, owner or candidate, or one of the user's groups as candidate group. The case
 * modules use it so that whoever is offered a task can also open its case, and nobody else beyond
 * the roles that read every case.
 */
@Component
public class RoutedCases {

    private final HistoryService history;

    RoutedCases(HistoryService history) {
        this.history = history;
    }

    /** {@link #wasRoutedTo(String, String, Collection)} for the signed-in user and their groups. */
    public boolean wasRoutedTo(String caseNo, Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && wasRoutedTo(caseNo, authentication.getName(),
                        authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
    }

    public boolean wasRoutedTo(String caseNo, String userId, Collection<String> groups) {
        if (caseNo == null || userId == null) {
            return false;
        }
        if (history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseNo).taskInvolvedUser(userId)
                .count() > 0) {
            return true;
        }
        return groups.stream().anyMatch(group -> history.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(caseNo).taskInvolvedGroup(group).count() > 0);
    }
}
