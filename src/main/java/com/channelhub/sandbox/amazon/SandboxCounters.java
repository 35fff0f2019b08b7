package com.channelhub.sandbox.amazon;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.stereotype.Component;

/** What the sandbox has seen, per seller and in total: requests and 429s per operation, feeds submitted. */
@Component
@ConditionalOnAmazonSandbox
class SandboxCounters {

    static final String REQUESTS = "requests";
    static final String THROTTLED = "throttled";
    static final String FEEDS_SUBMITTED = "feedsSubmitted";

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    void increment(String sellerId, String counter, String operation) {
        counts.computeIfAbsent(sellerId + '|' + counter + '|' + operation, key -> new LongAdder()).increment();
    }

    /** {counter: {operation: n}} for one seller, or summed over all sellers when sellerId is null. */
    Map<String, Map<String, Long>> snapshot(String sellerId) {
        Map<String, Map<String, Long>> result = new TreeMap<>();
        counts.forEach((key, value) -> {
            String[] parts = key.split("\\|", 3);
            if (sellerId == null || sellerId.equals(parts[0])) {
                result.computeIfAbsent(parts[1], k -> new TreeMap<>()).merge(parts[2], value.sum(), Long::sum);
            }
        });
        return result;
    }
}
