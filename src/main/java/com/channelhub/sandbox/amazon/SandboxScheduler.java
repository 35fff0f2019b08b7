package com.channelhub.sandbox.amazon;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/** Runs what Amazon does later: applying accepted patches, processing feeds and reports. */
@Component
@ConditionalOnAmazonSandbox
class SandboxScheduler implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxScheduler.class);

    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "amazon-sandbox");
        thread.setDaemon(true);
        return thread;
    });

    void later(Duration delay, Runnable task) {
        executor.schedule(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("Amazon sandbox background task failed", e);
            }
        }, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
