package com.channelhub.connector.amazon;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.channelhub.connector.PriceChange;
import com.channelhub.connector.QuantityChange;
import com.channelhub.connector.amazon.client.AmazonSpAuthorizationException;
import com.channelhub.connector.amazon.client.AmazonSpClient;
import com.channelhub.connector.amazon.client.AmazonSpException;
import com.channelhub.connector.amazon.client.AmazonSpPlatformFacts;
import com.channelhub.connector.amazon.client.CatalogQuery;
import com.channelhub.connector.amazon.client.CatalogSearchPage;
import com.channelhub.connector.amazon.client.Feed;
import com.channelhub.connector.amazon.client.ListingsItem;
import com.channelhub.connector.amazon.client.LwaTokens;
import com.channelhub.connector.amazon.client.SellerCredentials;
import com.channelhub.connector.amazon.client.Sleeper;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultProducer;

/** Performs the endpoint's operation, or the one in {@code CamelAmazonSpOperation}, for each message. */
public class AmazonSpProducer extends DefaultProducer {

    private static final List<String> LISTING_DETAIL = List.of("summaries", "attributes", "issues", "offers",
            "fulfillmentAvailability");
    private static final List<String> CATALOG_DATA = List.of("summaries", "identifiers");

    private static final AtomicInteger HEALTH_CHECK_IDS = new AtomicInteger();

    private AmazonSpHealthCheck healthCheck;
    private WritableHealthCheckRepository healthCheckRepository;

    public AmazonSpProducer(AmazonSpEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public AmazonSpEndpoint getEndpoint() {
        return (AmazonSpEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        try {
            dispatch(exchange);
            if (!(exchange.getMessage().getBody() instanceof Health health) || health.up()) {
                getEndpoint().authorizationWorked();
            }
        } catch (AmazonSpAuthorizationException e) {
            getEndpoint().authorizationFailed(e);
            throw e;
        }
    }

    private void dispatch(Exchange exchange) {
        switch (operation(exchange)) {
            case listingsPull -> listingsPull(exchange);
            case getListingsItem -> getListingsItem(exchange);
            case pricePatch -> pricePatch(exchange);
            case pricePushFeed -> pricePushFeed(exchange);
            case pricePush -> pricePush(exchange);
            case inventoryPush -> inventoryPush(exchange);
            case feedStatus -> feedStatus(exchange);
            case priceFeedResult -> priceFeedResult(exchange);
            case inventoryFeedResult -> inventoryFeedResult(exchange);
            case tokenRefresh -> tokenRefresh(exchange);
            case exchangeAuthorizationCode -> exchangeAuthorizationCode(exchange);
            case health -> health(exchange);
            case catalogSearch -> catalogSearch(exchange);
            default -> throw new IllegalArgumentException("unsupported operation " + operation(exchange));
        }
    }

    private AmazonSpOperations operation(Exchange exchange) {
        Object header = exchange.getMessage().getHeader(AmazonSpConstants.OPERATION);
        if (header instanceof AmazonSpOperations op) {
            return op;
        }
        return header == null ? config().getOperation() : AmazonSpOperations.valueOf(header.toString());
    }

    private void listingsPull(Exchange exchange) {
        ListingsPullResult result = new ListingsPuller(client(), new StatusPoller(Sleeper.THREAD)).pull(
                credentials(exchange), getEndpoint().marketplaceIds(exchange), config().getReportPollDelay(),
                config().getReportPollTimeout());
        exchange.getExchangeExtension().addOnCompletion(new CloseOnCompletion(result));
        Message out = exchange.getMessage();
        out.setHeader(AmazonSpConstants.REPORT_ID, result.reportId());
        out.setHeader(AmazonSpConstants.PULL_STATUS, result.status().name());
        out.setBody(result);
    }

    private void getListingsItem(Exchange exchange) {
        String sku = sku(exchange);
        ListingsItem item = client().getListingsItem(credentials(exchange), sku, getEndpoint().marketplaceIds(exchange),
                LISTING_DETAIL, config().getIssueLocale()).orElse(null);
        exchange.getMessage().setBody(item);
    }

    private void pricePatch(Exchange exchange) {
        exchange.getMessage().setHeader(AmazonSpConstants.PUSH_MODE, "PATCH");
        exchange.getMessage().setBody(new PricePatcher(client()).push(credentials(exchange),
                priceMarketplace(exchange), config().getIssueLocale(), changes(exchange)));
    }

    private void pricePushFeed(Exchange exchange) {
        PriceFeedPusher.Outcome outcome = new PriceFeedPusher(client(), new StatusPoller(Sleeper.THREAD),
                feedEvents(exchange)).push(credentials(exchange), priceMarketplace(exchange), changes(exchange),
                feedSettings());
        Message out = exchange.getMessage();
        out.setHeader(AmazonSpConstants.PUSH_MODE, "FEED");
        if (!outcome.feedIds().isEmpty()) {
            out.setHeader(AmazonSpConstants.FEED_ID, String.join(",", outcome.feedIds()));
        }
        out.setBody(outcome.results());
    }

    private void pricePush(Exchange exchange) {
        if (changes(exchange).size() < config().getPatchThreshold()) {
            pricePatch(exchange);
        } else {
            pricePushFeed(exchange);
        }
    }

    /** Quantities: patchListingsItem below patchThreshold changes, JSON_LISTINGS_FEED from there on. */
    private void inventoryPush(Exchange exchange) {
        List<QuantityChange> changes = ChangeBodies.list(exchange.getMessage().getBody(), QuantityChange.class,
                "inventoryPush");
        Message out = exchange.getMessage();
        if (changes.size() < config().getPatchThreshold()) {
            out.setHeader(AmazonSpConstants.PUSH_MODE, "PATCH");
            out.setBody(new InventoryPatcher(client()).push(credentials(exchange), priceMarketplace(exchange),
                    config().getIssueLocale(), changes));
            return;
        }
        InventoryFeedPusher.Outcome outcome = new InventoryFeedPusher(client(), new StatusPoller(Sleeper.THREAD),
                feedEvents(exchange)).push(credentials(exchange), priceMarketplace(exchange), changes, feedSettings());
        out.setHeader(AmazonSpConstants.PUSH_MODE, "FEED");
        if (!outcome.feedIds().isEmpty()) {
            out.setHeader(AmazonSpConstants.FEED_ID, String.join(",", outcome.feedIds()));
        }
        out.setBody(outcome.results());
    }

    private FeedEvents feedEvents(Exchange exchange) {
        return new FeedEvents(config().getFeedListener(), exchange);
    }

    private ListingsFeedRun.Settings feedSettings() {
        return new ListingsFeedRun.Settings(config().getIssueLocale(), config().getFeedMaxMessages(),
                config().getFeedPollDelay(), config().getFeedPollTimeout());
    }

    private void feedStatus(Exchange exchange) {
        Feed feed = client().getFeed(credentials(exchange), feedId(exchange));
        exchange.getMessage().setHeader(AmazonSpConstants.FEED_STATUS, feed.processingStatus());
        exchange.getMessage().setBody(feed);
    }

    /**
     * Reads a finished price feed that this exchange did not poll (its submitter is gone): the body names the change
     * each messageId carried; the answer is a {@link FeedCompletion}, or null while Amazon is still processing.
     */
    private void priceFeedResult(Exchange exchange) {
        String feedId = resultFeedId(exchange, "priceFeedResult");
        Map<Integer, PriceChange> messages = messages(exchange);
        SellerCredentials credentials = credentials(exchange);
        Feed feed = client().getFeed(credentials, feedId);
        exchange.getMessage().setHeader(AmazonSpConstants.FEED_STATUS, feed.processingStatus());
        exchange.getMessage().setBody(feed.terminal()
                ? new FeedReader(client()).read(credentials, feed, priceMarketplace(exchange), messages) : null);
    }

    /** As priceFeedResult, for an inventory feed: the body names the QuantityChange each messageId carried. */
    private void inventoryFeedResult(Exchange exchange) {
        String feedId = resultFeedId(exchange, "inventoryFeedResult");
        Map<Integer, QuantityChange> messages = ChangeBodies.messages(exchange.getMessage().getBody(),
                QuantityChange.class, "inventoryFeedResult");
        SellerCredentials credentials = credentials(exchange);
        Feed feed = client().getFeed(credentials, feedId);
        exchange.getMessage().setHeader(AmazonSpConstants.FEED_STATUS, feed.processingStatus());
        exchange.getMessage().setBody(feed.terminal()
                ? new FeedReader(client()).readQuantities(credentials, feed, messages) : null);
    }

    private static String resultFeedId(Exchange exchange, String operation) {
        String feedId = exchange.getMessage().getHeader(AmazonSpConstants.FEED_ID, String.class);
        if (feedId == null || feedId.isBlank()) {
            throw new IllegalArgumentException(operation + " needs the feed id in " + AmazonSpConstants.FEED_ID);
        }
        return feedId.trim();
    }

    private static String feedId(Exchange exchange) {
        String feedId = exchange.getMessage().getHeader(AmazonSpConstants.FEED_ID, String.class);
        if (feedId == null || feedId.isBlank()) {
            feedId = exchange.getMessage().getBody(String.class);
        }
        if (feedId == null || feedId.isBlank()) {
            throw new IllegalArgumentException("feedStatus needs the feed id in " + AmazonSpConstants.FEED_ID);
        }
        return feedId.trim();
    }

    private void tokenRefresh(Exchange exchange) {
        SellerCredentials credentials = credentials(exchange);
        LwaTokens tokens = client().refreshAccessToken(credentials);
        exchange.getMessage().setBody(new TokenStatus(credentials.sellerId(),
                Instant.now().plusSeconds(tokens.expiresInSeconds()),
                tokens.refreshToken() != null && !tokens.refreshToken().equals(credentials.refreshToken())));
    }

    /** The answer of tokenRefresh: no token, only when it expires and whether LWA sent a different refresh token. */
    public record TokenStatus(String sellerId, Instant accessTokenExpiresAt, boolean refreshTokenChanged) {
    }

    private void exchangeAuthorizationCode(Exchange exchange) {
        Message in = exchange.getMessage();
        String code = in.getHeader(AmazonSpConstants.AUTHORIZATION_CODE, String.class);
        String redirectUri = in.getHeader(AmazonSpConstants.REDIRECT_URI, config().getRedirectUri(), String.class);
        if (code == null || code.isBlank() || redirectUri == null || redirectUri.isBlank()) {
            throw new IllegalArgumentException("exchangeAuthorizationCode needs " + AmazonSpConstants.AUTHORIZATION_CODE
                    + " and a redirect URI (" + AmazonSpConstants.REDIRECT_URI + " or redirectUri)");
        }
        if (config().getClientId() == null || config().getClientSecret() == null) {
            throw new IllegalStateException("exchangeAuthorizationCode needs the endpoint's clientId and clientSecret");
        }
        in.setBody(client().exchangeAuthorizationCode(config().getClientId(), config().getClientSecret(), code,
                redirectUri));
    }

    private void health(Exchange exchange) {
        String sku = exchange.getMessage().getHeader(AmazonSpConstants.SKU, config().getHealthCheckSku(), String.class);
        long started = System.nanoTime();
        String detail;
        boolean up;
        try {
            boolean found = client().getListingsItem(credentials(exchange), sku, getEndpoint().marketplaceIds(exchange),
                    List.of("summaries"), config().getIssueLocale()).isPresent();
            up = true;
            detail = "authorized call succeeded (" + (found ? "SKU found" : "SKU not found, which is fine") + ")";
        } catch (AmazonSpException e) {
            up = false;
            detail = e.getMessage();
            if (e instanceof AmazonSpAuthorizationException refused) {
                getEndpoint().authorizationFailed(refused);
            }
        }
        exchange.getMessage().setBody(new Health(up, detail, (System.nanoTime() - started) / 1_000_000));
    }

    /** The answer of health. */
    public record Health(boolean up, String detail, long latencyMillis) {
    }

    private void catalogSearch(Exchange exchange) {
        Message in = exchange.getMessage();
        String includedData = in.getHeader(AmazonSpConstants.INCLUDED_DATA, String.class);
        CatalogQuery query = new CatalogQuery(getEndpoint().marketplaceIds(exchange),
                split(in.getHeader(AmazonSpConstants.KEYWORDS, String.class)),
                split(in.getHeader(AmazonSpConstants.IDENTIFIERS, String.class)),
                in.getHeader(AmazonSpConstants.IDENTIFIERS_TYPE, String.class),
                includedData == null ? CATALOG_DATA : split(includedData),
                in.getHeader(AmazonSpConstants.PAGE_SIZE, AmazonSpPlatformFacts.CATALOG_MAX_PAGE_SIZE, Integer.class),
                in.getHeader(AmazonSpConstants.PAGE_TOKEN, String.class));
        CatalogSearchPage page = client().searchCatalogItems(credentials(exchange), query);
        in.removeHeader(AmazonSpConstants.NEXT_PAGE_TOKEN);
        in.removeHeader(AmazonSpConstants.PREVIOUS_PAGE_TOKEN);
        if (page.nextToken() != null) {
            in.setHeader(AmazonSpConstants.NEXT_PAGE_TOKEN, page.nextToken());
        }
        if (page.previousToken() != null) {
            in.setHeader(AmazonSpConstants.PREVIOUS_PAGE_TOKEN, page.previousToken());
        }
        in.setBody(page);
    }

    // --- helpers

    private AmazonSpConfiguration config() {
        return getEndpoint().getConfiguration();
    }

    private AmazonSpClient client() {
        return getEndpoint().client();
    }

    private SellerCredentials credentials(Exchange exchange) {
        return getEndpoint().credentials(getEndpoint().sellerId(exchange));
    }

    private String priceMarketplace(Exchange exchange) {
        return getEndpoint().marketplaceIds(exchange).get(0);
    }

    private static String sku(Exchange exchange) {
        String sku = exchange.getMessage().getHeader(AmazonSpConstants.SKU, String.class);
        if (sku == null || sku.isBlank()) {
            sku = exchange.getMessage().getBody(String.class);
        }
        if (sku == null || sku.isBlank()) {
            throw new IllegalArgumentException("getListingsItem needs the SKU in " + AmazonSpConstants.SKU);
        }
        return sku.trim();
    }

    private static List<PriceChange> changes(Exchange exchange) {
        return PriceBodies.changes(exchange.getMessage().getBody());
    }

    private static Map<Integer, PriceChange> messages(Exchange exchange) {
        return PriceBodies.messages(exchange.getMessage().getBody());
    }

    private static List<String> split(String value) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    // --- readiness health check

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        healthCheckRepository = HealthCheckHelper.getHealthCheckRepository(getEndpoint().getCamelContext(), "producers",
                WritableHealthCheckRepository.class);
        if (healthCheckRepository != null) {
            healthCheck = new AmazonSpHealthCheck(getEndpoint(), "amazon-sp-producer-" + config().getOperation() + "-"
                    + HEALTH_CHECK_IDS.incrementAndGet());
            healthCheck.setEnabled(getEndpoint().getComponent().isHealthCheckProducerEnabled());
            healthCheckRepository.addHealthCheck(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheckRepository != null && healthCheck != null) {
            healthCheckRepository.removeHealthCheck(healthCheck);
            healthCheck = null;
        }
        super.doStop();
    }

    /** Closes a pull's result (and deletes its file) when the exchange is done with it. */
    private record CloseOnCompletion(ListingsPullResult result) implements org.apache.camel.spi.Synchronization {
        @Override
        public void onComplete(Exchange exchange) {
            result.close();
        }

        @Override
        public void onFailure(Exchange exchange) {
            result.close();
        }
    }
}
