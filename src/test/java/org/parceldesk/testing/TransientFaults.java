package org.parceldesk.testing;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Fault injection for shipped delegates: a test arms a delegate bean to throw the next {@code n}
 * times (a payment provider that is down for a while), then the real delegate runs again. Disarmed,
 * the wrapper only calls the real delegate, so the shared test context behaves as shipped. The
 * shipped model, its async continuation and the configured retry cycle stay untouched.
 */
public class TransientFaults implements BeanPostProcessor {

    /** The delegates a test may arm (their beans are only ever looked up by name from the models). */
    static final Set<String> FAULTABLE = Set.of("claimPayment");

    private static final Map<String, AtomicInteger> REMAINING = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();

    /** The named delegate throws on its next {@code failures} calls. */
    public static void arm(String beanName, int failures) {
        require(beanName);
        REMAINING.put(beanName, new AtomicInteger(failures));
        CALLS.put(beanName, new AtomicInteger());
    }

    /** The cause is repaired: the delegate runs for real from now on. */
    public static void repair(String beanName) {
        require(beanName);
        REMAINING.remove(beanName);
    }

    /** Calls since {@link #arm}, failed ones included. */
    public static int calls(String beanName) {
        AtomicInteger calls = CALLS.get(beanName);
        return calls == null ? 0 : calls.get();
    }

    private static void require(String beanName) {
        if (!FAULTABLE.contains(beanName)) {
            throw new IllegalArgumentException(beanName + " is not wrapped; add it to TransientFaults.FAULTABLE");
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (FAULTABLE.contains(beanName) && bean instanceof JavaDelegate real) {
            return (JavaDelegate) execution -> call(beanName, real, execution);
        }
        return bean;
    }

    private static void call(String beanName, JavaDelegate real, DelegateExecution execution) throws Exception {
        AtomicInteger calls = CALLS.get(beanName);
        if (calls != null) {
            calls.incrementAndGet();
        }
        AtomicInteger remaining = REMAINING.get(beanName);
        if (remaining != null && remaining.getAndDecrement() > 0) {
            throw new IllegalStateException("injected transient fault in " + beanName + " (payment provider unreachable)");
        }
        real.execute(execution);
    }
}
