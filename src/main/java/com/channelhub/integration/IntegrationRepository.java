package com.channelhub.integration;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.channelhub.project.Project;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IntegrationRepository extends JpaRepository<PlatformIntegration, UUID> {

    /** Locks the row for a credential change: one token refresh per integration at a time, across hub instances. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select i from PlatformIntegration i where i.id = :id")
    Optional<PlatformIntegration> lockById(@org.springframework.data.repository.query.Param("id") UUID id);

    List<PlatformIntegration> findByProjectOrderByCreatedAtAsc(Project project);

    Optional<PlatformIntegration> findByIdAndProject(UUID id, Project project);

    List<PlatformIntegration> findByPlatformAndExternalAccount(String platform, String externalAccount);

    Optional<PlatformIntegration> findByProjectAndPlatformAndExternalAccount(Project project, String platform,
            String externalAccount);
}
