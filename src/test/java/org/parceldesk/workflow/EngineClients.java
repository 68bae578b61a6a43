package org.parceldesk.workflow;

/** Runs engine calls in a process test as an engine REST or Tasklist client would make them: checked by {@link TaskInputGuard}. */
public final class EngineClients {

    private EngineClients() {
    }

    public static void asClient(Runnable call) {
        EngineClientCalls.runAsClient(call);
    }
}
