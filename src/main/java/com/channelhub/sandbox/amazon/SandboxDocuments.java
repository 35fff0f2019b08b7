package com.channelhub.sandbox.amazon;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Feed and report documents, and the presigned URLs (Amazon: S3) they are uploaded to and downloaded from. A URL is
 * signed for one method and, for uploads, the declared Content-Type, and expires after
 * {@code hub.sandbox.amazon.document-url-lifetime} (Amazon: 5 minutes).
 */
@Component
@ConditionalOnAmazonSandbox
class SandboxDocuments {

    static final String GZIP = "GZIP";
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Map<String, Document> documents = new ConcurrentHashMap<>();
    private final byte[] signingKey = new byte[32];
    private final AmazonSandboxProperties properties;
    private final Clock clock;

    /**
     * One document.
     *
     * @param id          feedDocumentId or reportDocumentId
     * @param sellerId    whose it is
     * @param contentType the Content-Type it was declared (uploads) or is served with
     * @param compression GZIP or null
     * @param content     the bytes as stored (compressed when GZIP); null until uploaded
     */
    record Document(String id, String sellerId, String contentType, String compression, byte[] content) {
    }

    SandboxDocuments(AmazonSandboxProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        new SecureRandom().nextBytes(signingKey);
    }

    /** createFeedDocument: an empty document waiting for its upload. */
    Document createUpload(SandboxSeller seller, String contentType) {
        String id = "amzn1.tortuga.4." + seller.region().toLowerCase(Locale.ROOT) + "." + UUID.randomUUID() + ".T"
                + Long.toString(clock.millis(), 36).toUpperCase(Locale.ROOT);
        Document document = new Document(id, seller.sellerId(), contentType, null, null);
        documents.put(id, document);
        return document;
    }

    /** A result document (processing report, report data), GZIP-compressed when asked. */
    Document store(String sellerId, String contentType, byte[] content, boolean gzip) {
        String id = "amzn1.spdoc.1.4.na." + UUID.randomUUID();
        Document document = new Document(id, sellerId, contentType, gzip ? GZIP : null, gzip ? gzip(content) : content);
        documents.put(id, document);
        return document;
    }

    Optional<Document> find(String id) {
        return Optional.ofNullable(documents.get(id));
    }

    /** The document's upload was received. */
    void upload(Document document, byte[] content) {
        documents.put(document.id(), new Document(document.id(), document.sellerId(), document.contentType(),
                document.compression(), content));
    }

    /**
     * getFeedDocument / getReportDocument: the id, a fresh download URL and the compression, if any.
     *
     * @param idField {@code feedDocumentId} or {@code reportDocumentId}
     */
    ObjectNode info(Document document, String idField) {
        ObjectNode info = JsonNodeFactory.instance.objectNode().put(idField, document.id())
                .put("url", presignedUrl(document, "GET"));
        if (document.compression() != null) {
            info.put("compressionAlgorithm", document.compression());
        }
        return info;
    }

    /** A presigned URL for one method on the document, valid from now on for the configured lifetime. */
    String presignedUrl(Document document, String method) {
        Instant now = clock.instant();
        String date = AMZ_DATE.format(now);
        long expires = properties.documentUrlLifetime().toSeconds();
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(AmazonSandboxPaths.DOCUMENTS + "/{id}")
                .queryParam("X-Amz-Algorithm", "AWS4-HMAC-SHA256")
                .queryParam("X-Amz-Date", date)
                .queryParam("X-Amz-Expires", expires)
                .queryParam("X-Amz-Signature", signature(method, document.id(), date, expires))
                .buildAndExpand(document.id()).toUriString();
    }

    /** Null when the presigned URL holds, else S3's error code and message. */
    String[] checkUrl(String method, String id, String date, String expires, String signature) {
        if (date == null || expires == null || signature == null) {
            return new String[] {"AccessDenied", "Query-string authentication requires the X-Amz-Signature, "
                    + "X-Amz-Date and X-Amz-Expires parameters"};
        }
        long seconds;
        Instant signedAt;
        try {
            seconds = Long.parseLong(expires);
            signedAt = AMZ_DATE.parse(date, Instant::from);
        } catch (RuntimeException e) {
            return new String[] {"AuthorizationQueryParametersError", "X-Amz-Date or X-Amz-Expires is malformed"};
        }
        if (!MessageDigest.isEqual(signature.getBytes(StandardCharsets.US_ASCII),
                signature(method, id, date, seconds).getBytes(StandardCharsets.US_ASCII))) {
            return new String[] {"SignatureDoesNotMatch", "The request signature we calculated does not match the "
                    + "signature you provided. Check your key and signing method."};
        }
        if (clock.instant().isAfter(signedAt.plusSeconds(seconds))) {
            return new String[] {"AccessDenied", "Request has expired"};
        }
        return null;
    }

    private String signature(String method, String id, String date, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((method + "\n" + id + "\n" + date + "\n" + expires)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, content.length / 4));
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
