package com.channelhub.sync;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SyncRunRepository extends JpaRepository<SyncRun, UUID> {

    /** Newest first; the id breaks ties so pages stay stable. */
    Page<SyncRun> findByIntegrationIdOrderByStartedAtDescIdDesc(UUID integrationId, Pageable pageable);

    java.util.Optional<SyncRun> findFirstByIntegrationIdAndKindAndStatus(UUID integrationId, SyncRunKind kind,
            SyncRunStatus status);

    java.util.List<SyncRun> findByStatusAndStartedAtBefore(SyncRunStatus status, java.time.Instant startedBefore);

    java.util.List<SyncRun> findByIntegrationIdAndKindAndStatus(UUID integrationId, SyncRunKind kind,
            SyncRunStatus status);
}
