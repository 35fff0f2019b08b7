package com.channelhub.catalog;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ChannelProductRepository extends JpaRepository<ChannelProduct, UUID> {

    Optional<ChannelProduct> findByIntegrationIdAndExternalId(UUID integrationId, String externalId);

    long countByIntegrationIdAndDeletedFalse(UUID integrationId);
}
