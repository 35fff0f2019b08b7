package com.channelhub.connector.amazon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.channelhub.connector.amazon.client.AmazonSpClient;
import com.channelhub.connector.amazon.client.CatalogQuery;
import com.channelhub.connector.amazon.client.CatalogSearchPage;
import com.channelhub.connector.amazon.client.DocumentLocation;
import com.channelhub.connector.amazon.client.Feed;
import com.channelhub.connector.amazon.client.FeedDocumentTarget;
import com.channelhub.connector.amazon.client.ListingsItem;
import com.channelhub.connector.amazon.client.ListingsPatch;
import com.channelhub.connector.amazon.client.ListingsSubmission;
import com.channelhub.connector.amazon.client.LwaTokens;
import com.channelhub.connector.amazon.client.ProcessingReport;
import com.channelhub.connector.amazon.client.Report;
import com.channelhub.connector.amazon.client.SellerCredentials;

/**
 * An in-memory client for tests of the Camel side: listings by SKU, patches answered by a function and recorded; the
 * rest unsupported unless a subclass scripts it.
 */
class StubAmazonSpClient implements AmazonSpClient {

    final Map<String, ListingsItem> listings = new HashMap<>();
    final List<ListingsPatch> patches = new ArrayList<>();
    final List<String> sellersAsked = new ArrayList<>();
    Function<String, ListingsSubmission> patchAnswer = sku -> new ListingsSubmission(sku, "ACCEPTED", "sub-" + sku,
            List.of());
    boolean closed;

    @Override
    public Optional<ListingsItem> getListingsItem(SellerCredentials credentials, String sku,
            List<String> marketplaceIds, List<String> includedData, String issueLocale) {
        sellersAsked.add(credentials.sellerId());
        return Optional.ofNullable(listings.get(sku));
    }

    @Override
    public ListingsSubmission patchListingsItem(SellerCredentials credentials, String sku,
            List<String> marketplaceIds, ListingsPatch patch, String issueLocale) {
        patches.add(patch);
        return patchAnswer.apply(sku);
    }

    @Override
    public LwaTokens refreshAccessToken(SellerCredentials credentials) {
        return new LwaTokens("Atza|stub", null, "bearer", 3600);
    }

    @Override
    public LwaTokens exchangeAuthorizationCode(String clientId, String clientSecret, String code, String redirectUri) {
        throw new UnsupportedOperationException();
    }

    @Override
    public LwaTokens clientCredentialsGrant(String clientId, String clientSecret, String scope) {
        throw new UnsupportedOperationException();
    }

    @Override
    public FeedDocumentTarget createFeedDocument(SellerCredentials credentials, String contentType) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void uploadFeedDocument(FeedDocumentTarget target, String contentType, byte[] content) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String createFeed(SellerCredentials credentials, String feedType, List<String> marketplaceIds,
            String inputFeedDocumentId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Feed getFeed(SellerCredentials credentials, String feedId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public DocumentLocation getFeedDocument(SellerCredentials credentials, String feedDocumentId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ProcessingReport readProcessingReport(DocumentLocation location) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String createReport(SellerCredentials credentials, String reportType, List<String> marketplaceIds) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Report getReport(SellerCredentials credentials, String reportId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public DocumentLocation getReportDocument(SellerCredentials credentials, String reportDocumentId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Path downloadDocument(DocumentLocation location) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CatalogSearchPage searchCatalogItems(SellerCredentials credentials, CatalogQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
        closed = true;
    }
}
