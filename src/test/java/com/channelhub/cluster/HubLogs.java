package com.channelhub.cluster;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the instances' own logs say they did, including the instance that was killed: its log is what it wrote
 * before it died. Two lines are read: each firing of a sync schedule with the period it belongs to (INFO of
 * ScheduledProductPull) and each handling of a product webhook (DEBUG of ShopifyWebhookHandlers, on in these hubs).
 */
final class HubLogs {

    private static final Pattern FIRED = Pattern.compile(
            "Sync schedule of integration (\\S+) fired for (\\S+) \\(late by (-?\\d+) ms\\)");
    private static final Pattern HANDLED = Pattern.compile("Shopify webhook: gid://shopify/Product/(\\d+) applied to");

    /** One firing of an integration's schedule: the period (scheduled fire time), the instance, how late. */
    record Firing(Instant period, String hub, long lateMillis) {
    }

    private HubLogs() {
    }

    static List<Firing> firings(String integrationId, List<HubProcess> hubs) throws IOException {
        List<Firing> firings = new ArrayList<>();
        for (HubProcess hub : hubs) {
            Matcher m = FIRED.matcher(hub.output());
            while (m.find()) {
                if (m.group(1).equals(integrationId)) {
                    firings.add(new Firing(Instant.parse(m.group(2)), hub.name, Long.parseLong(m.group(3))));
                }
            }
        }
        firings.sort((a, b) -> a.period().compareTo(b.period()));
        return firings;
    }

    /** How often each product's webhook was handled, per instance: product id → hub → count. */
    static Map<Long, Map<String, Integer>> handlings(List<HubProcess> hubs) throws IOException {
        Map<Long, Map<String, Integer>> handled = new HashMap<>();
        for (HubProcess hub : hubs) {
            Matcher m = HANDLED.matcher(hub.output());
            while (m.find()) {
                handled.computeIfAbsent(Long.parseLong(m.group(1)), id -> new HashMap<>())
                        .merge(hub.name, 1, Integer::sum);
            }
        }
        return handled;
    }
}
