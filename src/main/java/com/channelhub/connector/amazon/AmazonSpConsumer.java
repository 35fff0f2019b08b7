package com.channelhub.connector.amazon;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.channelhub.connector.CatalogProduct;
import com.channelhub.connector.amazon.client.AmazonSpAuthorizationException;
import com.channelhub.connector.amazon.client.AmazonSpException;
import com.channelhub.connector.amazon.client.Report;
import com.channelhub.connector.amazon.client.SellerCredentials;
import com.channelhub.connector.amazon.client.Sleeper;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledPollConsumer;

/**
 * Pulls the seller's whole catalog every pullInterval without blocking a thread while Amazon builds the report: a
 * poll requests a GET_MERCHANT_LISTINGS_ALL_DATA report and keeps its id as the cursor, later polls check it (one
 * getReport at most every reportPollDelay, growing by half up to a minute, however often the scheduler polls), and
 * the poll that finds it DONE streams the products in lists of batchSize, one exchange each.
 * CANCELLED sends a single empty batch with {@code CamelAmazonSpPullStatus=NO_DATA}; FATAL and a report older than
 * reportPollTimeout fail the poll (the consumer's poll strategy logs it); the next report is due after pullInterval.
 */
public class AmazonSpConsumer extends ScheduledPollConsumer {

    private String pendingReportId;
    private long pendingSince;
    private long nextCheckAt;
    private long checkDelay;
    private long lastPullStartedAt = Long.MIN_VALUE;

    public AmazonSpConsumer(AmazonSpEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public AmazonSpEndpoint getEndpoint() {
        return (AmazonSpEndpoint) super.getEndpoint();
    }

    @Override
    protected int poll() throws Exception {
        AmazonSpEndpoint endpoint = getEndpoint();
        SellerCredentials credentials = endpoint.credentials(endpoint.sellerId(null));
        List<String> marketplaceIds = endpoint.marketplaceIds(null);
        ListingsPuller puller = new ListingsPuller(endpoint.client(), new StatusPoller(Sleeper.THREAD));
        try {
            long now = System.currentTimeMillis();
            if (pendingReportId == null) {
                if (lastPullStartedAt != Long.MIN_VALUE
                        && now - lastPullStartedAt < endpoint.getConfiguration().getPullInterval()) {
                    return 0;
                }
                pendingReportId = puller.start(credentials, marketplaceIds);
                pendingSince = now;
                lastPullStartedAt = now;
                checkDelay = Math.max(1, endpoint.getConfiguration().getReportPollDelay());
                nextCheckAt = now + checkDelay;
                return 0;
            }
            if (now < nextCheckAt) {
                // the scheduler may poll often; getReport is asked at the reportPollDelay pace, growing to a minute
                return 0;
            }
            checkDelay = Math.min(Math.max(60_000, endpoint.getConfiguration().getReportPollDelay()),
                    checkDelay + checkDelay / 2 + 1);
            nextCheckAt = now + checkDelay;
            Report report = endpoint.client().getReport(credentials, pendingReportId);
            if (!report.terminal()) {
                if (System.currentTimeMillis() - pendingSince > endpoint.getConfiguration().getReportPollTimeout()) {
                    String stale = pendingReportId;
                    pendingReportId = null;
                    throw new AmazonSpException("listings report " + stale + " was not finished after "
                            + endpoint.getConfiguration().getReportPollTimeout() / 1000 + " s; a new one is requested "
                            + "when pullInterval has passed", true);
                }
                return 0;
            }
            pendingReportId = null;
            try (ListingsPullResult result = puller.finished(credentials, report, marketplaceIds)) {
                return send(result);
            }
        } catch (AmazonSpAuthorizationException e) {
            endpoint.authorizationFailed(e);
            pendingReportId = null;
            throw e;
        }
    }

    private int send(ListingsPullResult result) throws Exception {
        int size = Math.max(1, getEndpoint().getConfiguration().getBatchSize());
        Iterator<CatalogProduct> products = result.iterator();
        int sent = 0;
        int index = 0;
        do {
            List<CatalogProduct> batch = new ArrayList<>(size);
            while (products.hasNext() && batch.size() < size) {
                batch.add(products.next());
            }
            boolean last = !products.hasNext();
            Exchange exchange = createExchange(true);
            exchange.getMessage().setHeader(AmazonSpConstants.REPORT_ID, result.reportId());
            exchange.getMessage().setHeader(AmazonSpConstants.PULL_STATUS, result.status().name());
            exchange.getMessage().setHeader(AmazonSpConstants.BATCH_INDEX, index++);
            exchange.getMessage().setHeader(AmazonSpConstants.BATCH_COMPLETE, last);
            exchange.getMessage().setBody(batch);
            try {
                getProcessor().process(exchange);
                if (exchange.getException() != null) {
                    getExceptionHandler().handleException("listings batch " + (index - 1) + " of report "
                            + result.reportId() + " failed", exchange, exchange.getException());
                }
            } finally {
                releaseExchange(exchange, false);
            }
            sent += batch.size();
        } while (products.hasNext());
        return Math.max(sent, 1);
    }
}
