package com.channelhub.console;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.channelhub.connector.amazon.client.AmazonSpPlatformFacts;
import com.channelhub.integration.HealthStatus;
import com.channelhub.integration.IntegrationStatus;
import com.channelhub.integration.IntegrationView;
import com.channelhub.platform.ConnectorRegistry;
import com.channelhub.platform.PlatformConnector;
import com.channelhub.sync.SyncRunStatus;
import org.springframework.stereotype.Component;

/** How the console words times, durations and statuses; templates call it as {@code @consoleFormat}. */
@Component("consoleFormat")
public class ConsoleFormat {

    private final ConnectorRegistry platforms;

    public ConsoleFormat(ConnectorRegistry platforms) {
        this.platforms = platforms;
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    public String when(Instant instant) {
        return instant == null ? "—" : WHEN.format(instant);
    }

    /** Machine-readable time for {@code <time datetime>}. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    public String duration(Instant from, Instant to) {
        if (from == null) {
            return "—";
        }
        long seconds = Duration.between(from, to == null ? Instant.now() : to).toSeconds();
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
    }

    public String status(IntegrationStatus status) {
        return switch (status) {
            case PENDING -> "Pending";
            case CONNECTED -> "Connected";
            case NEEDS_REAUTH -> "Needs re-authorization";
            case ERROR -> "Error";
            case DISCONNECTED -> "Disconnected";
        };
    }

    public String health(HealthStatus health) {
        return health == null ? "Unknown" : switch (health) {
            case UNKNOWN -> "Unknown";
            case HEALTHY -> "Healthy";
            case DEGRADED -> "Degraded";
            case UNHEALTHY -> "Unhealthy";
        };
    }

    public String run(SyncRunStatus status) {
        return status == null ? "—" : switch (status) {
            case RUNNING -> "Running";
            case SUCCEEDED -> "Succeeded";
            case PARTIAL -> "Partly failed";
            case FAILED -> "Failed";
            case CANCELLED -> "Cancelled";
        };
    }

    /** The platform's name as its connector gives it, e.g. "Shopify" for SHOPIFY. */
    public String platform(String platform) {
        return platforms.find(platform).map(PlatformConnector::displayName).orElse(platform);
    }

    /** Marketplaces by country where known: "US (ATVPDKIKX0DER), CA (…)". */
    public String marketplaces(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return "";
        }
        return ids.stream().map(id -> {
            AmazonSpPlatformFacts.Marketplace m = AmazonSpPlatformFacts.marketplace(id);
            return m == null ? id : m.country() + " (" + id + ")";
        }).collect(Collectors.joining(", "));
    }

    /**
     * What the integrations list shows under an account's name: the account id when a display name stands for it,
     * then the region and marketplaces of platforms that have them ("A2EXAMPLE12345 · NA · US (ATVPDKIKX0DER)").
     */
    public String accountDetails(IntegrationView integration) {
        List<String> parts = new java.util.ArrayList<>();
        if (integration.displayName() != null) {
            parts.add(integration.externalAccount());
        }
        if (integration.region() != null) {
            parts.add(integration.region());
        }
        String marketplaces = marketplaces(integration.marketplaceIds());
        if (!marketplaces.isEmpty()) {
            parts.add(marketplaces);
        }
        return String.join(" · ", parts);
    }

    public String simpleName(String className) {
        return className == null ? "Failure" : className.substring(className.lastIndexOf('.') + 1);
    }

    /** Indented JSON, for showing a message's headers. */
    public String json(Object value) {
        return ConsoleJson.pretty(value);
    }

    /** A price or inventory batch's status, worded. */
    public String batchStatus(String status) {
        return switch (status == null ? "" : status) {
            case "ACCEPTED" -> "Waiting to be sent";
            case "IN_PROGRESS" -> "Sending";
            case "COMPLETED" -> "Completed";
            case "COMPLETED_WITH_ERRORS" -> "Completed with errors";
            default -> String.valueOf(status);
        };
    }

    /** An item's or a channel's status in a batch: MATCHED → "Matched", IN_FLIGHT → "In flight". */
    public String resultStatus(String status) {
        return status == null ? "—" : status.charAt(0) + status.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** CSS modifier for a batch's badge. */
    public String batchTone(String status) {
        return switch (status == null ? "" : status) {
            case "COMPLETED" -> "ok";
            case "ACCEPTED", "IN_PROGRESS", "COMPLETED_WITH_ERRORS" -> "warn";
            default -> "muted";
        };
    }

    /**
     * CSS modifier for an item's or a channel's badge in a batch. UNSUPPORTED is no error (an Amazon-fulfilled offer's
     * stock is Amazon's): muted, as for a status with no tone.
     */
    public String resultTone(String status) {
        return switch (status == null ? "" : status) {
            case "MATCHED", "APPLIED", "ACCEPTED" -> "ok";
            case "PENDING", "IN_FLIGHT", "UNMATCHED", "SUPERSEDED" -> "warn";
            case "INVALID", "REJECTED", "FAILED" -> "bad";
            default -> "muted";
        };
    }

    /** A price as sent: "19.99 USD", with the compare-at price when there is one. */
    public String price(java.math.BigDecimal price, java.math.BigDecimal compareAt, String currency) {
        if (price == null) {
            return "—";
        }
        String text = amount(price) + (currency == null ? "" : " " + currency);
        return compareAt == null ? text : text + " (compare at " + amount(compareAt) + ")";
    }

    /** The database keeps four decimals; a price reads with two, or more only when it has them. */
    private static String amount(java.math.BigDecimal value) {
        return value.setScale(Math.max(2, value.stripTrailingZeros().scale())).toPlainString();
    }

    /** CSS modifier for a status badge. */
    public String tone(Object status) {
        String name = status == null ? "" : status.toString();
        return switch (name) {
            case "CONNECTED", "HEALTHY", "SUCCEEDED" -> "ok";
            case "NEEDS_REAUTH", "DEGRADED", "PARTIAL", "PENDING", "RUNNING", "CANCELLED" -> "warn";
            case "ERROR", "UNHEALTHY", "FAILED" -> "bad";
            default -> "muted";
        };
    }
}
