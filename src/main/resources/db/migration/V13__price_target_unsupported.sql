-- A price batch target on a platform that takes no prices (its connector has no PRICE_PUSH) is closed UNSUPPORTED.
ALTER TABLE price_batch_targets DROP CONSTRAINT ck_price_batch_targets_outcome;
ALTER TABLE price_batch_targets ADD CONSTRAINT ck_price_batch_targets_outcome
    CHECK (outcome IS NULL OR outcome IN ('APPLIED', 'ACCEPTED', 'REJECTED', 'FAILED', 'SUPERSEDED', 'UNSUPPORTED'));
