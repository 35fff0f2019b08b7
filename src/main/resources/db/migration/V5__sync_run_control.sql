-- Sync control: which pull a run is (full or incremental), and a cancel request honoured at the next page.
ALTER TABLE sync_runs ADD COLUMN mode VARCHAR(16);
ALTER TABLE sync_runs ADD COLUMN cancel_requested BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE sync_runs ADD COLUMN instance_id VARCHAR(100);
CREATE INDEX ix_sync_runs_status ON sync_runs (status, kind);
-- a run stopped on request ends CANCELLED
ALTER TABLE sync_runs DROP CONSTRAINT ck_sync_runs_status;
ALTER TABLE sync_runs ADD CONSTRAINT ck_sync_runs_status CHECK (status IN ('RUNNING', 'SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED'));
