package parceldesk.bench;

import com.sun.tools.attach.VirtualMachine;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Heap after a full GC and resident set size of a JVM: this one (through its MemoryMXBean) or another
 * ParcelDesk JVM on the machine (through the JDK's attach API, which starts that JVM's local JMX agent,
 * the same way {@code jcmd} and JConsole reach it), with the RSS from {@code /proc/<pid>/status}.
 */
final class JvmMemory {

    private JvmMemory() {
    }

    static Map<String, Object> ofThisJvm() {
        return measure(ManagementFactory.getMemoryMXBean(), ProcessHandle.current().pid());
    }

    static Map<String, Object> ofProcess(long pid) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(String.valueOf(pid));
        try {
            String address = vm.startLocalManagementAgent();
            try (JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address))) {
                MBeanServerConnection server = connector.getMBeanServerConnection();
                MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME,
                        MemoryMXBean.class);
                return measure(memory, pid);
            }
        } finally {
            vm.detach();
        }
    }

    private static Map<String, Object> measure(MemoryMXBean memory, long pid) {
        memory.gc();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("pid", pid);
        figures.put("heapUsedAfterGcMb", memory.getHeapMemoryUsage().getUsed() / (1024 * 1024));
        figures.put("heapCommittedMb", memory.getHeapMemoryUsage().getCommitted() / (1024 * 1024));
        figures.put("heapMaxMb", memory.getHeapMemoryUsage().getMax() / (1024 * 1024));
        figures.put("nonHeapUsedMb", memory.getNonHeapMemoryUsage().getUsed() / (1024 * 1024));
        figures.put("rssMb", rssKb(pid) / 1024);
        return figures;
    }

    static long rssKb(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("\\D", ""))).orElse(-1L);
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
