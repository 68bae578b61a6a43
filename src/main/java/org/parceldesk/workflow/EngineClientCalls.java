package org.parceldesk.workflow;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marks the engine calls a client made: requests to engine REST ({@code /engine-rest}) and to the
 * Camunda webapps' own engine API ({@code /camunda/api}, which Tasklist and Cockpit use). Inside
 * such a request {@link TaskInputGuard} checks what the client asks the engine to write; the
 * application's own calls (ParcelDesk API, jobs, delegates) are not marked.
 */
class EngineClientCalls extends OncePerRequestFilter {

    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

    static boolean active() {
        return ACTIVE.get();
    }

    /** Runs {@code work} as an engine client would: for tests and for the workbench's server-side calls. */
    static void runAsClient(Runnable work) {
        boolean before = ACTIVE.get();
        ACTIVE.set(true);
        try {
            work.run();
        } finally {
            ACTIVE.set(before);
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/engine-rest") || path.startsWith("/camunda/api"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean before = ACTIVE.get();
        ACTIVE.set(true);
        try {
            chain.doFilter(request, response);
        } finally {
            ACTIVE.set(before);
        }
    }
}
