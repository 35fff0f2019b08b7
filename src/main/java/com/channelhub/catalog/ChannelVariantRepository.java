package com.channelhub.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ChannelVariantRepository extends JpaRepository<ChannelVariant, UUID> {

    Optional<ChannelVariant> findByIntegrationIdAndExternalId(UUID integrationId, String externalId);

    List<ChannelVariant> findByIntegrationIdAndSkuAndDeletedFalse(UUID integrationId, String sku);

    List<ChannelVariant> findByProductId(UUID productId);
}
