package org.parceldesk.designer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The bean the designer test models name in their delegate expressions; does nothing. */
@Component("designerTestDelegate")
class DesignerTestDelegate implements JavaDelegate, TaskListener {

    @Override
    public void execute(DelegateExecution execution) {
        // a test model's service task passes through
    }

    @Override
    public void notify(DelegateTask delegateTask) {
        // a test model's task listener passes through
    }
}
