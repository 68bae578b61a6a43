package parceldesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Thread dumps of the server during a load run (server and client share the JVM): every request
 * thread (Tomcat's {@code http-nio-*-exec-*}) and job-executor thread is classified by its state and
 * where it is — the top frame and the nearest ParcelDesk, Camunda, Hikari, JDBC or Hibernate frame —
 * and counted over several samples. Written in full to a file; the top lines go to the report.
 */
final class ThreadSampler {

    private final Map<String, Integer> counts = new TreeMap<>();
    private int samples;
    private int threadsSeen;

    static Thread during(Duration after, int samples, Duration apart, Path out, java.util.function.Consumer<String> summary) {
        Thread sampler = new Thread(() -> {
            try {
                Thread.sleep(after.toMillis());
                ThreadSampler dumps = new ThreadSampler();
                for (int i = 0; i < samples; i++) {
                    dumps.sample();
                    Thread.sleep(apart.toMillis());
                }
                Files.createDirectories(out.getParent());
                Files.writeString(out, dumps.report(Integer.MAX_VALUE));
                summary.accept(dumps.report(6).replace('\n', ';'));
            } catch (Exception e) {
                summary.accept("thread sampling failed: " + e);
            }
        }, "bench-thread-sampler");
        sampler.setDaemon(true);
        sampler.start();
        return sampler;
    }

    void sample() {
        samples++;
        for (ThreadInfo info : ManagementFactory.getThreadMXBean().dumpAllThreads(false, false)) {
            String name = info.getThreadName();
            if (!name.contains("-exec-") && !name.startsWith("camundaTaskExecutor")) {
                continue;
            }
            threadsSeen++;
            counts.merge(classify(info), 1, Integer::sum);
        }
    }

    private static String classify(ThreadInfo info) {
        StackTraceElement[] stack = info.getStackTrace();
        String top = stack.length == 0 ? "-" : frame(stack[0]);
        String where = "-";
        for (StackTraceElement element : stack) {
            String c = element.getClassName();
            if (c.startsWith("org.parceldesk") || c.startsWith("com.zaxxer.hikari") || c.startsWith("com.mysql")
                    || c.startsWith("org.h2") || c.startsWith("org.camunda") || c.startsWith("org.hibernate")
                    || c.startsWith("org.springframework.security")) {
                where = frame(element);
                break;
            }
        }
        String kind = info.getThreadName().contains("-exec-") ? "request" : "job";
        return kind + " " + info.getThreadState() + " at " + top + " ← " + where;
    }

    private static String frame(StackTraceElement element) {
        String c = element.getClassName();
        return c.substring(c.lastIndexOf('.') + 1) + "." + element.getMethodName();
    }

    String report(int lines) {
        Map<String, Integer> sorted = counts.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .limit(lines)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        StringBuilder text = new StringBuilder(samples + " samples, " + threadsSeen + " request/job thread observations\n");
        sorted.forEach((k, v) -> text.append(v).append(" × ").append(k).append('\n'));
        return text.toString();
    }
}
