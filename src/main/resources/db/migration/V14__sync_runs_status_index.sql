-- The sweep closing runs left RUNNING by instances that are gone (SyncRunService.closeOrphans, every few minutes)
-- looks runs up by status and age across all integrations.
CREATE INDEX ix_sync_runs_status_started ON sync_runs (status, started_at);
