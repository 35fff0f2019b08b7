package com.channelhub.pricing;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.channelhub.api.ApiProblem;
import com.channelhub.platform.ConnectorRegistry;
import com.channelhub.project.Project;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a price batch: validates it, answers a replay of the same Idempotency-Key with the batch it created, and
 * stores the batch, its items and its targets (one per item and channel selling the SKU) in one transaction. The
 * dispatcher sends the targets afterwards ({@link PriceBatchDispatcher}).
 */
@Service
public class PriceBatches {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PriceBatches.class);

    /** Errors listed in one answer: enough to fix a feed, small enough to read. */
    static final int MAX_LISTED_ERRORS = 1000;
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("^[\\x21-\\x7E]{1,255}$");

    /** What a POST led to: a new batch (202) or the one an earlier request with the same key created (200). */
    public record Submission(boolean created, PriceBatchViews.Batch batch) {
    }

    private final PriceBatchStore store;
    private final PriceBatchReports reports;
    private final Map<BatchKind, PriceBatchValidator> validators;
    private final TransactionTemplate transactions;
    private final ObjectMapper canonical;
    private final Clock clock;

    public PriceBatches(PriceBatchStore store, PriceBatchReports reports, PriceBatchProperties properties, TransactionTemplate transactions,
            ObjectMapper objectMapper, Clock clock, ConnectorRegistry platforms) {
        this.store = store;
        this.reports = reports;
        java.util.Set<String> codes = java.util.Set.copyOf(platforms.codes());
        this.validators = Map.of(BatchKind.PRICE, new PriceBatchValidator(properties.maxItems(), properties.currencies(),
                codes), BatchKind.INVENTORY, new InventoryBatchValidator(properties.maxItems(), codes));
        this.transactions = transactions;
        this.canonical = objectMapper.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
        this.clock = clock;
    }

    public Submission submit(BatchKind kind, Project project, String idempotencyKey, JsonNode body,
            boolean partialQuery) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError("Idempotency-Key",
                    "header is required: a unique value per batch (e.g. a UUID); resend it to retry safely")));
        }
        if (!KEY.matcher(idempotencyKey).matches()) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError("Idempotency-Key",
                    "must be 1 to 255 visible ASCII characters")));
        }
        PriceBatchValidator validator = validators.get(kind);
        List<PriceBatchValidator.ParsedItem> items = validator.read(body, store.integrationIds(project.getId()));
        Boolean partialFlag = validator.partialFlag(body);
        boolean partial = partialQuery || Boolean.TRUE.equals(partialFlag);
        String hash = hash(body, partial);

        Optional<PriceBatchStore.BatchRow> earlier = store.findByKey(project.getId(), kind, idempotencyKey);
        if (earlier.isPresent()) {
            return replay(earlier.get(), hash);
        }
        List<ApiProblem.FieldError> errors = items.stream().flatMap(i -> i.errors().stream()).toList();
        if (!partial && !errors.isEmpty()) {
            long invalid = items.stream().filter(i -> !i.valid()).count();
            throw new ApiProblem(400, "Bad Request", invalid + " of " + items.size() + " items are invalid"
                    + (errors.size() > MAX_LISTED_ERRORS ? " (the first " + MAX_LISTED_ERRORS + " problems are listed)" : "")
                    + "; nothing was accepted. Fix them, or send ?partial=true to accept the valid items.",
                    errors.size() > MAX_LISTED_ERRORS ? errors.subList(0, MAX_LISTED_ERRORS) : errors);
        }
        try {
            long started = System.nanoTime();
            PriceBatchStore.BatchRow batch = transactions.execute(status -> create(kind, project, idempotencyKey, hash, partial,
                    items));
            LOG.info("{} batch {} of project {} taken: {} items ({} invalid, {} unmatched), {} targets, stored in {} ms",
                    kind.noun(), batch.id(), project.getSlug(), batch.itemCount(), batch.invalidCount(), batch.unmatchedCount(),
                    batch.targetCount(), (System.nanoTime() - started) / 1_000_000);
            return new Submission(true, reports.view(batch).withErrors(
                    errors.size() > MAX_LISTED_ERRORS ? errors.subList(0, MAX_LISTED_ERRORS) : errors));
        } catch (DuplicateKeyException e) {
            // the same key arrived twice at once: the other request's batch won, answer as a replay
            return replay(store.findByKey(project.getId(), kind, idempotencyKey).orElseThrow(() -> e), hash);
        }
    }

    private Submission replay(PriceBatchStore.BatchRow batch, String hash) {
        if (!batch.requestHash().equals(hash)) {
            throw ApiProblem.conflict("Idempotency-Key '" + batch.idempotencyKey() + "' was used for batch " + batch.id()
                    + " with a different body. Use a new key for a new batch.");
        }
        return new Submission(false, reports.view(batch).withErrors(
                reports.invalidItemErrors(batch.id(), MAX_LISTED_ERRORS)));
    }

    private PriceBatchStore.BatchRow create(BatchKind kind, Project project, String key, String hash, boolean partial,
            List<PriceBatchValidator.ParsedItem> items) {
        // microseconds: what both databases keep, so later comparisons of batch_created_at are exact
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        UUID batchId = UUID.randomUUID();
        Map<UUID, String> connected = store.connected(project.getId());
        Map<String, List<PriceBatchStore.Seller>> sellers = store.sellers(connected,
                items.stream().filter(PriceBatchValidator.ParsedItem::valid).map(PriceBatchValidator.ParsedItem::sku).toList());
        Map<Integer, String> statuses = new HashMap<>();
        List<PriceBatchStore.NewTarget> targets = new ArrayList<>();
        int invalid = 0;
        int unmatched = 0;
        for (PriceBatchValidator.ParsedItem item : items) {
            if (!item.valid()) {
                statuses.put(item.index(), "INVALID");
                invalid++;
                continue;
            }
            List<PriceBatchStore.Seller> channels = sellers.getOrDefault(item.sku(), List.of());
            if (channels.isEmpty()) {
                statuses.put(item.index(), "UNMATCHED");
                unmatched++;
                continue;
            }
            statuses.put(item.index(), "MATCHED");
            for (PriceBatchStore.Seller seller : channels) {
                targets.add(target(kind, item, seller));
            }
        }
        String status = targets.isEmpty() ? (invalid + unmatched > 0 ? "COMPLETED_WITH_ERRORS" : "COMPLETED") : "ACCEPTED";
        PriceBatchStore.BatchRow batch = new PriceBatchStore.BatchRow(batchId, kind, project.getId(), key, hash, status,
                partial, items.size(), invalid, unmatched, targets.size(), now, targets.isEmpty() ? now : null);
        store.insertBatch(batch);
        store.insertItems(batchId, items, statuses);
        store.insertTargets(batchId, kind, now, targets);
        return batch;
    }

    /** The item's values for one channel: its override's where it has one, else the item's own. */
    private static PriceBatchStore.NewTarget target(BatchKind kind, PriceBatchValidator.ParsedItem item,
            PriceBatchStore.Seller seller) {
        ChannelValue override = override(item, seller);
        if (kind == BatchKind.INVENTORY) {
            return new PriceBatchStore.NewTarget(UUID.randomUUID(), item.index(), seller.integrationId(),
                    seller.platform(), item.sku(), null, null, null,
                    override != null ? override.quantity() : item.quantity());
        }
        BigDecimal price = override != null ? override.price() : item.price();
        BigDecimal compareAt = override != null && override.compareAtPrice() != null
                ? override.compareAtPrice() : item.compareAtPrice();
        return new PriceBatchStore.NewTarget(UUID.randomUUID(), item.index(), seller.integrationId(),
                seller.platform(), item.sku(), price, compareAt, item.currency(), null);
    }

    /** The integration's own override, else its platform's, else none. */
    private static ChannelValue override(PriceBatchValidator.ParsedItem item, PriceBatchStore.Seller seller) {
        ChannelValue own = item.channels().get(seller.integrationId().toString());
        return own != null ? own : item.channels().get(seller.platform());
    }

    /** SHA-256 of the body with object keys sorted, plus the partial flag: whitespace and key order do not count. */
    private String hash(JsonNode body, boolean partial) {
        try {
            Object tree = canonical.treeToValue(body, Object.class);
            byte[] bytes = canonical.writeValueAsBytes(List.of(partial, tree));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("batch could not be hashed", e);
        }
    }

    public PriceBatchViews.Batch get(BatchKind kind, Project project, UUID batchId) {
        return reports.view(require(kind, project, batchId));
    }

    public PriceBatchReports.Page<PriceBatchViews.Summary> list(BatchKind kind, Project project, int page, int size) {
        return reports.list(kind, project.getId(), page, size);
    }

    /** Targets by status of each of the given batches of the project (the console's batch list). */
    public Map<UUID, Map<String, Long>> targetCounts(Project project, List<UUID> batchIds) {
        return reports.targetCounts(project.getId(), batchIds);
    }

    public PriceBatchReports.Page<PriceBatchViews.Item> items(BatchKind kind, Project project, UUID batchId,
            String status, int page, int size) {
        require(kind, project, batchId);
        if (status != null && !PriceBatchStore.ITEM_STATUSES.contains(status)
                && !PriceBatchStore.TARGET_STATUSES.contains(status)) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError("status", "must be one of "
                    + PriceBatchStore.ITEM_STATUSES + " (item) or " + PriceBatchStore.TARGET_STATUSES + " (channel)")));
        }
        return reports.items(batchId, status, page, size);
    }

    private PriceBatchStore.BatchRow require(BatchKind kind, Project project, UUID batchId) {
        return store.find(project.getId(), kind, batchId)
                .orElseThrow(() -> ApiProblem.notFound("No " + kind.noun() + " batch " + batchId + "."));
    }
}
