package com.channelhub.sandbox.amazon;

/** What an injected fault does to the next matching calls. */
public enum FaultKind {
    /** Answer 500 InternalFailure (LWA: 500 server_error). */
    SERVER_ERROR(true),
    /** Answer 503 ServiceUnavailable (LWA: 503 temporarily_unavailable). */
    SERVICE_UNAVAILABLE(true),
    /** Answer 429 QuotaExceeded although the bucket has tokens. */
    THROTTLE(true),
    /** Wait {@code delayMillis} before answering normally, so a client's timeout fires. */
    DELAY(true),
    /** patchListingsItem: answer ACCEPTED but never apply the change. */
    NOT_APPLIED(false),
    /** patchListingsItem: apply the change, then raise an ERROR issue on the listing. */
    LATE_ISSUE(false),
    /** createFeed / createReport: end FATAL. */
    FATAL(false),
    /** createFeed / createReport: end CANCELLED (a report without data). */
    CANCELLED(false),
    /** createFeed: end DONE with every message accepted, yet change nothing. */
    DONE_NOT_APPLIED(false),
    /** createReport: stay IN_PROGRESS for {@code hub.sandbox.amazon.report-stuck-duration}. */
    STUCK(false);

    private final boolean transport;

    FaultKind(boolean transport) {
        this.transport = transport;
    }

    /** Whether the fault changes the HTTP answer itself rather than what the operation later does. */
    public boolean transport() {
        return transport;
    }
}
