package coop.faireavec.bench.figures;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The heap of another JVM on this machine while something runs in it, read over JMX: the bench attaches to the
 * process (JDK Attach API), starts its local management agent (no port, no flag needed at its launch), resets the heap
 * pools' peak usage, and polls the used heap every 20 ms. Closing it detaches. The bench's own JVM (the in-process
 * platform at XS) is read directly.
 */
final class HeapWatch implements AutoCloseable {

    private final VirtualMachine vm;
    private final JMXConnector connector;
    private final MemoryMXBean memory;
    private final List<MemoryPoolMXBean> heapPools;
    private final AtomicLong maxPolled = new AtomicLong();
    private volatile boolean polling;
    private Thread poller;

    HeapWatch(long pid) throws Exception {
        MBeanServerConnection server;
        if (pid == ProcessHandle.current().pid()) {
            // the platform runs in the bench's own JVM (XS): its own beans, no attach (a JVM may not attach to itself)
            vm = null;
            connector = null;
            server = ManagementFactory.getPlatformMBeanServer();
        } else {
            vm = VirtualMachine.attach(Long.toString(pid));
            String address = vm.startLocalManagementAgent();
            connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
            server = connector.getMBeanServerConnection();
        }
        memory = ManagementFactory.newPlatformMXBeanProxy(
                server, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
        heapPools = ManagementFactory.getPlatformMXBeans(server, MemoryPoolMXBean.class).stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
    }

    /** The process's maximum heap ({@code -Xmx}), in MB. */
    double maxHeapMb() {
        return memory.getHeapMemoryUsage().getMax() / 1048576.0;
    }

    /** Resets the peaks and starts polling. */
    void start() {
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        maxPolled.set(memory.getHeapMemoryUsage().getUsed());
        polling = true;
        poller = new Thread(
                () -> {
                    while (polling) {
                        try {
                            maxPolled.accumulateAndGet(
                                    memory.getHeapMemoryUsage().getUsed(), Math::max);
                            Thread.sleep(20);
                        } catch (InterruptedException e) {
                            return;
                        } catch (RuntimeException lost) {
                            return;
                        }
                    }
                },
                "heap-watch");
        poller.setDaemon(true);
        poller.start();
    }

    /**
     * Stops polling.
     *
     * @return the highest used heap seen since {@link #start}, in MB: the highest poll, or the sum of the pools'
     *     peaks when higher (an upper bound: pools may peak at different moments)
     */
    double stopPeakMb() throws InterruptedException {
        polling = false;
        poller.join(1000);
        long pools =
                heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return Math.max(maxPolled.get(), pools) / 1048576.0;
    }

    /** The highest used heap polled since {@link #start}, in MB (without the pools' peaks). */
    double polledPeakMb() {
        return maxPolled.get() / 1048576.0;
    }

    @Override
    public void close() throws IOException {
        polling = false;
        if (vm == null) {
            return;
        }
        try {
            connector.close();
        } finally {
            vm.detach();
        }
    }
}
