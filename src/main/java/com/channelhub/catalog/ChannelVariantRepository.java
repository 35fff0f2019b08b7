package com.channelhub.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ChannelVariantRepository extends JpaRepository<ChannelVariant, UUID> {

    Optional<ChannelVariant> findByIntegrationIdAndExternalId(UUID integrationId, String externalId);

    List<ChannelVariant> findByIntegrationIdAndSkuAndDeletedFalse(UUID integrationId, String sku);

    List<ChannelVariant> findByProductId(UUID productId);

    List<ChannelVariant> findByIntegrationIdAndInventoryItemId(UUID integrationId, String inventoryItemId);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("delete from ChannelVariant v where v.integrationId = :integrationId")
    int deleteByIntegration(@org.springframework.data.repository.query.Param("integrationId") UUID integrationId);
}
