package com.channelhub.connector.amazon.client;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import com.channelhub.connector.amazon.client.AmazonSpPlatformFacts.Api;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.io.HttpClientResponseHandler;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SP-API and LWA over HTTP (Apache HttpClient 5) with JSON (Jackson): all of the connector's HTTP and wire
 * mapping, nothing of Camel. Each call waits for its token bucket, carries {@code x-amz-access-token} and the
 * user-agent, refreshes the access token once when Amazon refuses it, retries 429 (after draining the bucket), 5xx
 * and I/O failures with jittered exponential backoff up to {@code maxRetries}, and turns any other answer into an
 * {@link AmazonSpException} quoting Amazon's {@code errors[]} and request id. Tokens are never logged.
 */
public final class HttpAmazonSpClient implements AmazonSpClient {

    private static final Logger LOG = LoggerFactory.getLogger(HttpAmazonSpClient.class);

    /** How the client reaches Amazon and how hard it tries. */
    public record Settings(String endpointUrl, String lwaUrl, String userAgent, int maxRetries, Backoff backoff,
            Duration connectTimeout, Duration responseTimeout) {

        public Settings {
            endpointUrl = stripSlash(endpointUrl);
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must not be negative");
            }
        }
    }

    private record Answer(int status, byte[] body, String requestId, String rateLimit) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        String text() {
            return body == null ? "" : new String(body, StandardCharsets.UTF_8);
        }
    }

    private final Settings settings;
    private final LwaTokenCache tokens;
    private final RateLimiters limiters;
    private final FeedSubmissionLimiter feedLimiter;
    private final Sleeper sleeper;
    private final CloseableHttpClient http;
    private final ObjectMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public HttpAmazonSpClient(Settings settings, LwaTokenCache tokens, RateLimiters limiters,
            FeedSubmissionLimiter feedLimiter, Sleeper sleeper) {
        this.settings = settings;
        this.tokens = tokens;
        this.limiters = limiters;
        this.feedLimiter = feedLimiter;
        this.sleeper = sleeper;
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(50).setMaxConnPerRoute(20)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                                .setSocketTimeout(Timeout.of(settings.responseTimeout())).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(settings.responseTimeout()))
                        .setConnectionRequestTimeout(Timeout.of(settings.responseTimeout())).build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .setUserAgent(settings.userAgent())
                .build();
    }

    // --- LWA

    @Override
    public LwaTokens refreshAccessToken(SellerCredentials credentials) {
        tokens.evict(settings.lwaUrl(), credentials);
        LwaTokens[] fresh = new LwaTokens[1];
        tokens.token(settings.lwaUrl(), credentials, c -> fresh[0] = requestWithRefreshToken(c));
        return fresh[0];
    }

    @Override
    public LwaTokens exchangeAuthorizationCode(String clientId, String clientSecret, String code, String redirectUri) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        return lwa(form, "authorization code exchange");
    }

    @Override
    public LwaTokens clientCredentialsGrant(String clientId, String clientSecret, String scope) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("scope", scope);
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        return lwa(form, "client credentials grant");
    }

    private LwaTokens requestWithRefreshToken(SellerCredentials credentials) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", credentials.refreshToken());
        form.put("client_id", credentials.clientId());
        form.put("client_secret", credentials.clientSecret());
        return lwa(form, "token refresh for seller " + credentials.sellerId());
    }

    private LwaTokens lwa(Map<String, String> form, String what) {
        List<NameValuePair> pairs = new ArrayList<>();
        form.forEach((name, value) -> pairs.add(new BasicNameValuePair(name, value)));
        for (int attempt = 0;; attempt++) {
            HttpUriRequestBase post = new HttpUriRequestBase("POST", URI.create(settings.lwaUrl()));
            post.setEntity(new UrlEncodedFormEntity(pairs, StandardCharsets.UTF_8));
            post.setHeader("accept", "application/json");
            Answer answer;
            try {
                answer = http.execute(post, this::toAnswer);
            } catch (IOException e) {
                retryOrThrow(attempt, "LWA " + what + " failed: " + e.getMessage(), e);
                continue;
            }
            if (answer.ok()) {
                JsonNode body = readTree(answer);
                LOG.debug("LWA {} succeeded, token valid {} s", what, body.path("expires_in").asLong());
                return new LwaTokens(text(body, "access_token"), text(body, "refresh_token"), text(body, "token_type"),
                        body.path("expires_in").asLong(3600));
            }
            JsonNode body = readTreeLeniently(answer);
            String error = text(body, "error");
            String description = text(body, "error_description");
            if (error != null && AmazonSpPlatformFacts.LWA_NON_RETRYABLE_ERRORS.contains(error)) {
                LOG.warn("LWA {} refused: {} ({})", what, error, description);
                throw new AmazonSpAuthorizationException(error, description, answer.status());
            }
            String message = "LWA " + what + " answered " + answer.status() + " " + (error == null ? "" : error)
                    + (description == null ? "" : ": " + description);
            boolean retryable = answer.status() >= 500 || answer.status() == 429
                    || (error != null && AmazonSpPlatformFacts.LWA_RETRYABLE_ERRORS.contains(error));
            if (!retryable) {
                throw new AmazonSpException(message, answer.status(), error, answer.requestId(), false,
                        List.of(new SpError(error, description, null)), null);
            }
            retryOrThrow(attempt, message, null);
        }
    }

    // --- Listings Items API 2021-08-01

    @Override
    public Optional<ListingsItem> getListingsItem(SellerCredentials credentials, String sku,
            List<String> marketplaceIds, List<String> includedData, String issueLocale) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("marketplaceIds", String.join(",", marketplaceIds));
        query.put("includedData", String.join(",", includedData));
        query.put("issueLocale", issueLocale);
        Answer answer = call(Api.GET_LISTINGS_ITEM, credentials, "GET",
                listingsPath(credentials, sku) + query(query), null, Set.of(404));
        if (answer.status() == 404) {
            return Optional.empty();
        }
        return Optional.of(read(answer, ListingsItem.class));
    }

    @Override
    public ListingsSubmission patchListingsItem(SellerCredentials credentials, String sku,
            List<String> marketplaceIds, ListingsPatch patch, String issueLocale) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("marketplaceIds", String.join(",", marketplaceIds));
        query.put("issueLocale", issueLocale);
        Answer answer = call(Api.PATCH_LISTINGS_ITEM, credentials, "PATCH",
                listingsPath(credentials, sku) + query(query), patch, Set.of());
        return read(answer, ListingsSubmission.class);
    }

    private static String listingsPath(SellerCredentials credentials, String sku) {
        if (credentials.sellerId() == null || credentials.sellerId().isBlank()) {
            throw new IllegalArgumentException("the Listings Items API needs the seller id (sellerId option or "
                    + "CamelAmazonSpSellerId header)");
        }
        return "/listings/2021-08-01/items/" + segment(credentials.sellerId()) + "/" + segment(sku);
    }

    // --- Feeds API 2021-06-30

    @Override
    public FeedDocumentTarget createFeedDocument(SellerCredentials credentials, String contentType) {
        ObjectNode body = json.createObjectNode().put("contentType", contentType);
        return read(call(Api.CREATE_FEED_DOCUMENT, credentials, "POST", "/feeds/2021-06-30/documents", body,
                Set.of()), FeedDocumentTarget.class);
    }

    @Override
    public void uploadFeedDocument(FeedDocumentTarget target, String contentType, byte[] content) {
        for (int attempt = 0;; attempt++) {
            HttpUriRequestBase put = new HttpUriRequestBase("PUT", URI.create(target.url()));
            // exactly the content type given to createFeedDocument, and no access token: the URL is presigned
            put.setEntity(new ByteArrayEntity(content, ContentType.parse(contentType)));
            try {
                Answer answer = http.execute(put, this::toAnswer);
                if (answer.ok()) {
                    LOG.debug("uploaded feed document {} ({} bytes)", target.feedDocumentId(), content.length);
                    return;
                }
                String message = "upload of feed document " + target.feedDocumentId() + " answered "
                        + answer.status() + ": " + abbreviate(answer.text());
                if (answer.status() < 500) {
                    throw new AmazonSpException(message, answer.status(), null, answer.requestId(), false, List.of(), null);
                }
                retryOrThrow(attempt, message, null);
            } catch (IOException e) {
                retryOrThrow(attempt, "upload of feed document " + target.feedDocumentId() + " failed: "
                        + e.getMessage(), e);
            }
        }
    }

    @Override
    public String createFeed(SellerCredentials credentials, String feedType, List<String> marketplaceIds,
            String inputFeedDocumentId) {
        if (AmazonSpPlatformFacts.JSON_LISTINGS_FEED.equals(feedType)) {
            long waitNanos = feedLimiter.reserve(settings.endpointUrl() + "|" + credentials.sellerId());
            if (waitNanos > 0) {
                LOG.info("waiting {} s for a JSON_LISTINGS_FEED submission slot of seller {} (5 per 5 minutes per "
                        + "region)", TimeUnit.NANOSECONDS.toSeconds(waitNanos), credentials.sellerId());
            }
            pause(TimeUnit.NANOSECONDS.toMillis(waitNanos));
        }
        ObjectNode body = json.createObjectNode().put("feedType", feedType).put("inputFeedDocumentId",
                inputFeedDocumentId);
        marketplaceIds.forEach(body.putArray("marketplaceIds")::add);
        JsonNode answer = readTree(call(Api.CREATE_FEED, credentials, "POST", "/feeds/2021-06-30/feeds", body,
                Set.of()));
        return text(answer, "feedId");
    }

    @Override
    public Feed getFeed(SellerCredentials credentials, String feedId) {
        return read(call(Api.GET_FEED, credentials, "GET", "/feeds/2021-06-30/feeds/" + segment(feedId), null,
                Set.of()), Feed.class);
    }

    @Override
    public DocumentLocation getFeedDocument(SellerCredentials credentials, String feedDocumentId) {
        JsonNode body = readTree(call(Api.GET_FEED_DOCUMENT, credentials, "GET",
                "/feeds/2021-06-30/documents/" + segment(feedDocumentId), null, Set.of()));
        return new DocumentLocation(text(body, "feedDocumentId"), text(body, "url"), text(body, "compressionAlgorithm"));
    }

    @Override
    public ProcessingReport readProcessingReport(DocumentLocation location) {
        // JSON: Jackson detects the Unicode encoding itself
        return download(location, (in, charset) -> json.readValue(in, ProcessingReport.class));
    }

    // --- Reports API 2021-06-30

    @Override
    public String createReport(SellerCredentials credentials, String reportType, List<String> marketplaceIds) {
        ObjectNode body = json.createObjectNode().put("reportType", reportType);
        marketplaceIds.forEach(body.putArray("marketplaceIds")::add);
        return text(readTree(call(Api.CREATE_REPORT, credentials, "POST", "/reports/2021-06-30/reports", body,
                Set.of())), "reportId");
    }

    @Override
    public Report getReport(SellerCredentials credentials, String reportId) {
        return read(call(Api.GET_REPORT, credentials, "GET", "/reports/2021-06-30/reports/" + segment(reportId), null,
                Set.of()), Report.class);
    }

    @Override
    public DocumentLocation getReportDocument(SellerCredentials credentials, String reportDocumentId) {
        JsonNode body = readTree(call(Api.GET_REPORT_DOCUMENT, credentials, "GET",
                "/reports/2021-06-30/documents/" + segment(reportDocumentId), null, Set.of()));
        return new DocumentLocation(text(body, "reportDocumentId"), text(body, "url"),
                text(body, "compressionAlgorithm"));
    }

    @Override
    public Path downloadDocument(DocumentLocation location) {
        return download(location, (in, charset) -> {
            Path file = Files.createTempFile("amazon-sp-document-", ".txt");
            try {
                if (StandardCharsets.UTF_8.equals(charset)) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    // reports in some regions are Cp1252 (see AmazonSpPlatformFacts.REPORT_DEFAULT_CHARSET): store UTF-8
                    try (Reader reader = new InputStreamReader(in, charset);
                            Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                        reader.transferTo(writer);
                    }
                }
                return file;
            } catch (IOException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        });
    }

    // --- Catalog Items API 2022-04-01

    @Override
    public CatalogSearchPage searchCatalogItems(SellerCredentials credentials, CatalogQuery q) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("marketplaceIds", String.join(",", q.marketplaceIds()));
        if (q.keywords() != null && !q.keywords().isEmpty()) {
            query.put("keywords", String.join(",", q.keywords()));
        } else {
            query.put("identifiers", String.join(",", q.identifiers()));
            query.put("identifiersType", q.identifiersType());
            if ("SKU".equalsIgnoreCase(q.identifiersType())) {
                query.put("sellerId", credentials.sellerId());
            }
        }
        if (q.includedData() != null && !q.includedData().isEmpty()) {
            query.put("includedData", String.join(",", q.includedData()));
        }
        if (q.pageSize() != null) {
            query.put("pageSize", String.valueOf(q.pageSize()));
        }
        query.put("pageToken", q.pageToken());
        JsonNode body = readTree(call(Api.SEARCH_CATALOG_ITEMS, credentials, "GET",
                "/catalog/2022-04-01/items" + query(query), null, Set.of()));
        List<CatalogSearchPage.CatalogItem> items = new ArrayList<>();
        for (JsonNode item : body.path("items")) {
            items.add(new CatalogSearchPage.CatalogItem(text(item, "asin"), item.get("summaries"),
                    item.get("identifiers"), item.get("attributes"), item.get("images"), item.get("productTypes"),
                    item.get("salesRanks")));
        }
        Integer count = body.hasNonNull("numberOfResults") ? body.get("numberOfResults").asInt() : null;
        JsonNode pagination = body.path("pagination");
        return new CatalogSearchPage(count, items, text(pagination, "nextToken"), text(pagination, "previousToken"));
    }

    // --- the one call loop: bucket, token, send, retry

    private Answer call(Api api, SellerCredentials credentials, String method, String pathAndQuery, Object body,
            Set<Integer> passThrough) {
        TokenBucket bucket = limiters.bucket(settings.endpointUrl(), credentials.sellerId(), api);
        boolean tokenRefreshed = false;
        for (int attempt = 0;; ) {
            pause(TimeUnit.NANOSECONDS.toMillis(bucket.reserve()));
            LwaTokenCache.CachedToken token = tokens.token(settings.lwaUrl(), credentials, this::requestWithRefreshToken);
            Answer answer;
            try {
                answer = send(method, pathAndQuery, body, token.accessToken());
            } catch (IOException e) {
                retryOrThrow(attempt++, api.operationId() + " failed: " + e.getMessage(), e);
                continue;
            }
            LOG.debug("{} {} answered {} (x-amzn-RequestId {})", api.operationId(), method, answer.status(),
                    answer.requestId());
            bucket.adjustRate(answer.rateLimit());
            if (answer.ok() || passThrough.contains(answer.status())) {
                return answer;
            }
            if (!tokenRefreshed && refusedToken(answer)) {
                LOG.info("{} refused the access token ({}), refreshing it once (x-amzn-RequestId {})",
                        api.operationId(), answer.status(), answer.requestId());
                tokens.invalidate(settings.lwaUrl(), credentials, token.accessToken());
                tokenRefreshed = true;
                continue;
            }
            boolean retryable = answer.status() == 429 || answer.status() >= 500;
            AmazonSpException error = error(api, answer, retryable);
            if (!retryable) {
                throw error;
            }
            if (answer.status() == 429) {
                bucket.drain();
            }
            LOG.warn("{} answered {} (x-amzn-RequestId {}), attempt {} of {}", api.operationId(), answer.status(),
                    answer.requestId(), attempt + 1, settings.maxRetries() + 1);
            if (attempt >= settings.maxRetries()) {
                throw error;
            }
            pause(settings.backoff().delayMillis(attempt++));
        }
    }

    private Answer send(String method, String pathAndQuery, Object body, String accessToken) throws IOException {
        HttpUriRequestBase request = new HttpUriRequestBase(method, URI.create(settings.endpointUrl() + pathAndQuery));
        request.setHeader(AmazonSpPlatformFacts.ACCESS_TOKEN_HEADER, accessToken);
        request.setHeader("user-agent", settings.userAgent());
        request.setHeader("accept", "application/json");
        if (body != null) {
            request.setEntity(new ByteArrayEntity(json.writeValueAsBytes(body), ContentType.APPLICATION_JSON));
        }
        return http.execute(request, this::toAnswer);
    }

    private Answer toAnswer(ClassicHttpResponse response) throws IOException {
        HttpEntity entity = response.getEntity();
        byte[] bytes = entity == null ? new byte[0] : EntityUtils.toByteArray(entity);
        return new Answer(response.getCode(), bytes, header(response, AmazonSpPlatformFacts.REQUEST_ID_HEADER),
                header(response, AmazonSpPlatformFacts.RATE_LIMIT_HEADER));
    }

    /** 401, or 403 whose errors mention the token (expired or invalid), are worth one refresh. */
    private boolean refusedToken(Answer answer) {
        if (answer.status() == 401) {
            return true;
        }
        return answer.status() == 403 && answer.text().toLowerCase(Locale.ROOT).contains("token");
    }

    private AmazonSpException error(Api api, Answer answer, boolean retryable) {
        List<SpError> errors = new ArrayList<>();
        JsonNode body = readTreeLeniently(answer);
        for (JsonNode e : body.path("errors")) {
            errors.add(new SpError(text(e, "code"), text(e, "message"), text(e, "details")));
        }
        StringJoiner text = new StringJoiner("; ");
        errors.forEach(e -> text.add(e.toString()));
        String message = api.operationId() + " answered HTTP " + answer.status() + ": "
                + (errors.isEmpty() ? abbreviate(answer.text()) : text.toString())
                + (answer.requestId() == null ? "" : " (x-amzn-RequestId " + answer.requestId() + ")");
        return new AmazonSpException(message, answer.status(), errors.isEmpty() ? null : errors.get(0).code(),
                answer.requestId(), retryable, errors, null);
    }

    // --- downloads of presigned documents

    @FunctionalInterface
    private interface StreamReader<T> {
        T read(InputStream in, Charset charset) throws IOException;
    }

    private <T> T download(DocumentLocation location, StreamReader<T> reader) {
        for (int attempt = 0;; attempt++) {
            HttpUriRequestBase get = new HttpUriRequestBase("GET", URI.create(location.url()));
            try {
                HttpClientResponseHandler<Object> handler = response -> {
                    if (response.getCode() != 200) {
                        return response.getCode();
                    }
                    try (InputStream in = decompressed(response.getEntity().getContent(), location.gzipped())) {
                        return new Object[] {reader.read(in, charset(response.getEntity()))};
                    }
                };
                Object outcome = http.execute(get, handler);
                if (outcome instanceof Object[] read) {
                    @SuppressWarnings("unchecked")
                    T result = (T) read[0];
                    return result;
                }
                int status = (Integer) outcome;
                String message = "download of document " + location.documentId() + " answered " + status;
                if (status < 500) {
                    throw new AmazonSpException(message + "; the presigned URL lives 5 minutes, ask for the document again",
                            status, null, null, false, List.of(), null);
                }
                retryOrThrow(attempt, message, null);
            } catch (IOException e) {
                retryOrThrow(attempt, "download of document " + location.documentId() + " failed: " + e.getMessage(), e);
            }
        }
    }

    /** The charset the download declares in its Content-Type (e.g. {@code text/plain; charset=Cp1252}), else UTF-8. */
    private static Charset charset(HttpEntity entity) {
        String contentType = entity.getContentType();
        if (contentType != null) {
            try {
                Charset declared = ContentType.parse(contentType).getCharset();
                if (declared != null) {
                    return declared;
                }
            } catch (RuntimeException e) {
                LOG.debug("unreadable Content-Type '{}' on a document, reading it as UTF-8", contentType);
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** GZIP documents are gunzipped; tolerates a server that already removed the compression. */
    private static InputStream decompressed(InputStream raw, boolean gzipped) throws IOException {
        if (!gzipped) {
            return raw;
        }
        BufferedInputStream in = new BufferedInputStream(raw);
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == 0x1f && second == 0x8b ? new GZIPInputStream(in, 64 * 1024) : in;
    }

    // --- helpers

    private void retryOrThrow(int attempt, String message, Exception cause) {
        if (attempt >= settings.maxRetries()) {
            throw new AmazonSpException(message + " (gave up after " + (attempt + 1) + " attempts)", 0, null, null,
                    true, List.of(), cause);
        }
        LOG.warn("{}; retrying ({} of {})", message, attempt + 1, settings.maxRetries());
        pause(settings.backoff().delayMillis(attempt));
    }

    private void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            sleeper.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AmazonSpException("interrupted while waiting to call Amazon", true);
        }
    }

    private <T> T read(Answer answer, Class<T> type) {
        try {
            return json.readValue(answer.body(), type);
        } catch (IOException e) {
            throw new AmazonSpException("Amazon's answer is not the expected " + type.getSimpleName() + ": "
                    + abbreviate(answer.text()), answer.status(), null, answer.requestId(), false, List.of(), e);
        }
    }

    private JsonNode readTree(Answer answer) {
        try {
            return json.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Amazon's answer is not JSON: " + abbreviate(answer.text()), e);
        }
    }

    private JsonNode readTreeLeniently(Answer answer) {
        try {
            JsonNode node = answer.body() == null || answer.body().length == 0 ? null : json.readTree(answer.body());
            return node == null ? json.createObjectNode() : node;
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String header(ClassicHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }

    private static String query(Map<String, String> params) {
        StringJoiner joiner = new StringJoiner("&", "?", "");
        params.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                joiner.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
            }
        });
        return joiner.length() == 1 ? "" : joiner.toString();
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "…";
    }

    private static String stripSlash(String url) {
        return url != null && url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public void close() {
        try {
            http.close();
        } catch (IOException e) {
            LOG.debug("closing the HTTP client failed", e);
        }
    }
}
