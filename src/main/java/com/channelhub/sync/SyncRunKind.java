package com.channelhub.sync;

public enum SyncRunKind {
    PRODUCT_PULL, PRICE_PUSH, INVENTORY_PUSH, TOKEN_REFRESH, HEALTH_CHECK, WEBHOOK
}
