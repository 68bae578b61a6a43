package org.parceldesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.junit.jupiter.api.Test;

/**
 * The guard reads what a command would write from the command's fields: these are Camunda 7.24's
 * names, and an engine upgrade that renames one must fail here, not let variables through.
 */
class TaskInputGuardTest {

    @Test
    void readsTheTaskAndVariablesOfEveryTaskCommand() {
        Map<String, Object> variables = Map.of("approvalLevel", "AUTO");
        assertThat((String) TaskInputGuard.read(new CompleteTaskCmd("t1", variables), "taskId")).isEqualTo("t1");
        assertThat((Map<?, ?>) TaskInputGuard.read(new CompleteTaskCmd("t1", variables), "variables")).isEqualTo(variables);
        Map<String, Object> submitted = TaskInputGuard.read(new SubmitTaskFormCmd("t1", variables, false, false), "properties");
        assertThat(submitted).containsKey("approvalLevel");
        assertThat((Map<?, ?>) TaskInputGuard.read(new HandleTaskBpmnErrorCmd("t1", "E", "m", variables), "variables"))
                .isEqualTo(variables);
        assertThat((String) TaskInputGuard.read(new SetTaskVariablesCmd("t1", variables, true), "entityId")).isEqualTo("t1");
        assertThat((Map<?, ?>) TaskInputGuard.read(new SetTaskVariablesCmd("t1", variables, true), "variables"))
                .isEqualTo(variables);
        PatchTaskVariablesCmd patch = new PatchTaskVariablesCmd("t1", variables, List.of("caseNo"), false);
        assertThat((Map<?, ?>) TaskInputGuard.read(patch, "variables")).isEqualTo(variables);
        java.util.Collection<String> deletions = TaskInputGuard.read(patch, "deletions");
        assertThat(deletions).containsExactly("caseNo");
        java.util.Collection<String> removed = TaskInputGuard.read(new RemoveTaskVariablesCmd("t1", List.of("caseNo"), false),
                "variableNames");
        assertThat(removed).containsExactly("caseNo");
    }

    @Test
    void readsWhichProcessAStartWouldStart() {
        ProcessInstantiationBuilderImpl builder =
                (ProcessInstantiationBuilderImpl) ProcessInstantiationBuilderImpl.createProcessInstanceByKey(null, "complaint");
        ProcessInstantiationBuilderImpl read = TaskInputGuard.read(new StartProcessInstanceCmd(builder), "instantiationBuilder");
        assertThat(read.getProcessDefinitionKey()).isEqualTo("complaint");
        assertThat((String) TaskInputGuard.read(new SubmitStartFormCmd("def:1", "TS1", Map.of()), "processDefinitionId"))
                .isEqualTo("def:1");
    }
}
