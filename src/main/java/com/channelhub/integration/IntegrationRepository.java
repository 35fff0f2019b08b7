package com.channelhub.integration;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.channelhub.project.Project;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IntegrationRepository extends JpaRepository<PlatformIntegration, UUID> {

    List<PlatformIntegration> findByProjectOrderByCreatedAtAsc(Project project);

    Optional<PlatformIntegration> findByIdAndProject(UUID id, Project project);

    List<PlatformIntegration> findByPlatformAndExternalAccount(String platform, String externalAccount);

    Optional<PlatformIntegration> findByProjectAndPlatformAndExternalAccount(Project project, String platform,
            String externalAccount);
}
