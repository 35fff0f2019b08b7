package com.channelhub.connector.amazon.client;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The SP-API and LWA calls the connector makes, in Amazon's terms. Implementations take care of access tokens, rate
 * limits and retries; every method either returns Amazon's answer or throws {@link AmazonSpException}
 * ({@link AmazonSpAuthorizationException} when LWA refuses the credentials for good).
 */
public interface AmazonSpClient extends AutoCloseable {

    /** Drops any cached access token for these credentials and asks LWA for a new one. */
    LwaTokens refreshAccessToken(SellerCredentials credentials);

    /** The website authorization workflow's last step: trades an {@code spapi_oauth_code} for a refresh token. */
    LwaTokens exchangeAuthorizationCode(String clientId, String clientSecret, String code, String redirectUri);

    /**
     * A grantless LWA token (client_credentials with a space-separated scope such as
     * {@code sellingpartnerapi::notifications}): proves the application's client id and secret without a seller.
     */
    LwaTokens clientCredentialsGrant(String clientId, String clientSecret, String scope);

    /** getListingsItem; empty when Amazon answers 404 (no such SKU for this seller). */
    Optional<ListingsItem> getListingsItem(SellerCredentials credentials, String sku, List<String> marketplaceIds,
            List<String> includedData, String issueLocale);

    /** patchListingsItem. */
    ListingsSubmission patchListingsItem(SellerCredentials credentials, String sku, List<String> marketplaceIds,
            ListingsPatch patch, String issueLocale);

    /** createFeedDocument: where to upload a feed's content. */
    FeedDocumentTarget createFeedDocument(SellerCredentials credentials, String contentType);

    /** PUTs the content to a presigned URL with exactly this content type and no authorization header. */
    void uploadFeedDocument(FeedDocumentTarget target, String contentType, byte[] content);

    /** createFeed; waits for a slot when the feed type has a per-region submission limit. Returns the feed id. */
    String createFeed(SellerCredentials credentials, String feedType, List<String> marketplaceIds,
            String inputFeedDocumentId);

    /** getFeed. */
    Feed getFeed(SellerCredentials credentials, String feedId);

    /** getFeedDocument. */
    DocumentLocation getFeedDocument(SellerCredentials credentials, String feedDocumentId);

    /** Downloads a JSON_LISTINGS_FEED processing report, gunzipping it when compressed, and parses it. */
    ProcessingReport readProcessingReport(DocumentLocation location);

    /** createReport; returns the report id. */
    String createReport(SellerCredentials credentials, String reportType, List<String> marketplaceIds);

    /** getReport. */
    Report getReport(SellerCredentials credentials, String reportId);

    /** getReportDocument. */
    DocumentLocation getReportDocument(SellerCredentials credentials, String reportDocumentId);

    /**
     * Downloads a document to a new temporary file, gunzipped when compressed, without holding it in memory. The
     * caller deletes the file.
     */
    Path downloadDocument(DocumentLocation location);

    /** searchCatalogItems 2022-04-01. */
    CatalogSearchPage searchCatalogItems(SellerCredentials credentials, CatalogQuery query);

    @Override
    void close();
}
