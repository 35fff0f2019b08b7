package com.channelhub.sandbox.amazon;

import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The presigned document URLs (Amazon: S3). No access token here, as on S3: the URL's signature is the permission.
 * Errors are S3's XML.
 */
@RestController
@ConditionalOnAmazonSandbox
@RequestMapping(AmazonSandboxPaths.DOCUMENTS)
class DocumentsController {

    private final SandboxDocuments documents;

    DocumentsController(SandboxDocuments documents) {
        this.documents = documents;
    }

    /** Upload of a feed document: the Content-Type must be exactly the one given to createFeedDocument. */
    @PutMapping("/{id}")
    ResponseEntity<String> upload(@PathVariable String id, @RequestParam(name = "X-Amz-Date", required = false) String date,
            @RequestParam(name = "X-Amz-Expires", required = false) String expires,
            @RequestParam(name = "X-Amz-Signature", required = false) String signature,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestBody(required = false) byte[] body) {
        String[] refused = documents.checkUrl("PUT", id, date, expires, signature);
        if (refused != null) {
            return s3Error(403, refused[0], refused[1]);
        }
        SandboxDocuments.Document document = documents.find(id).orElse(null);
        if (document == null) {
            return s3Error(404, "NoSuchKey", "The specified key does not exist.");
        }
        if (contentType == null || !contentType.equals(document.contentType())) {
            // S3 signs the Content-Type into the presigned URL: any other value breaks the signature
            return s3Error(403, "SignatureDoesNotMatch", "The request signature we calculated does not match the "
                    + "signature you provided. Check your key and signing method.");
        }
        documents.upload(document, body == null ? new byte[0] : body);
        return ResponseEntity.ok().eTag("\"" + UUID.randomUUID().toString().replace("-", "") + "\"").build();
    }

    @GetMapping("/{id}")
    ResponseEntity<?> download(@PathVariable String id, @RequestParam(name = "X-Amz-Date", required = false) String date,
            @RequestParam(name = "X-Amz-Expires", required = false) String expires,
            @RequestParam(name = "X-Amz-Signature", required = false) String signature) {
        String[] refused = documents.checkUrl("GET", id, date, expires, signature);
        if (refused != null) {
            return s3Error(403, refused[0], refused[1]);
        }
        SandboxDocuments.Document document = documents.find(id).filter(doc -> doc.content() != null).orElse(null);
        if (document == null) {
            return s3Error(404, "NoSuchKey", "The specified key does not exist.");
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.contentType()))
                .body(document.content());
    }

    private static ResponseEntity<String> s3Error(int status, String code, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_XML)
                .body("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" + message
                        + "</Message><RequestId>" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                        .toUpperCase() + "</RequestId></Error>");
    }
}
