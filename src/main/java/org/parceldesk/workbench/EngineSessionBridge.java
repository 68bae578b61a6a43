package org.parceldesk.workbench;

import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.stereotype.Component;

/**
 * Lets the case page's in-place form talk to Tasklist's own engine API
 * ({@code /camunda/api/engine/engine/default/task/{id}/submit-form}) with the staff session: the
 * user signed in to the staff pages against the same identity service, so the session also carries
 * their Camunda webapp login, as if they had signed in to Tasklist. Every call then runs as that user
 * with their groups, under Camunda's CSRF protection, the engine's authorizations and ParcelDesk's
 * engine guards (TaskInputGuard, TaskAccessGuard) — the same checks as in Tasklist.
 */
@Component
class EngineSessionBridge {

    private final ProcessEngine engine;

    EngineSessionBridge(ProcessEngine engine) {
        this.engine = engine;
    }

    void signIn(HttpSession session, String userId) {
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        var existing = authentications.getAuthenticationForProcessEngine(engine.getName());
        if (existing != null && userId.equals(existing.getName())) {
            return;
        }
        // groups, tenants and the webapps the user may open, read from the identity service as at login
        UserAuthentication authentication = AuthenticationUtil.createAuthentication(engine, userId);
        if (authentication == null) {
            return;
        }
        authentications.addOrReplace(authentication);
        AuthenticationUtil.updateSession(session, authentications);
    }

    /**
     * The session's Camunda CSRF token, once Camunda's {@code CsrfPreventionFilter} has issued it. The
     * filter issues it on the session's first GET under {@code /camunda/api} or {@code /camunda/app}
     * and announces it only in that one response (header {@code X-XSRF-TOKEN}, and a cookie scoped to
     * {@code /camunda}, which a page under {@code /workbench} cannot read). Which request that is
     * depends on the browser (the case page also loads a script from {@code /camunda/app}), so the
     * page asks the session for it instead (docs/workbench.md).
     */
    String csrfToken(HttpSession session) {
        Object token = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        return token == null ? null : token.toString();
    }
}
