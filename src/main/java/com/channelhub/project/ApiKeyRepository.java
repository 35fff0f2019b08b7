package com.channelhub.project;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiKeyRepository extends JpaRepository<ApiKey, UUID> {

    @EntityGraph(attributePaths = "project")
    Optional<ApiKey> findByKeyHash(String keyHash);

    List<ApiKey> findByProjectOrderByCreatedAtAsc(Project project);
}
