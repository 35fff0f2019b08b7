package com.channelhub.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ChannelVariantRepository extends JpaRepository<ChannelVariant, UUID> {

    Optional<ChannelVariant> findByIntegrationIdAndExternalId(UUID integrationId, String externalId);

    List<ChannelVariant> findByIntegrationIdAndSkuAndDeletedFalse(UUID integrationId, String sku);

    List<ChannelVariant> findByProductId(UUID productId);

    List<ChannelVariant> findByIntegrationIdAndInventoryItemId(UUID integrationId, String inventoryItemId);

    /**
     * External ids of the variants due for a detail refresh: those refreshed before (a changed row) first, then the
     * never refreshed (the backlog of a first pull), each oldest first.
     */
    @Query("select v.externalId from ChannelVariant v where v.integrationId = :integrationId"
            + " and v.detailDueSince is not null and v.deleted = false"
            + " order by case when v.detailRefreshedAt is null then 1 else 0 end, v.detailDueSince, v.externalId")
    List<String> findDueForDetail(@org.springframework.data.repository.query.Param("integrationId") UUID integrationId,
            Pageable page);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("delete from ChannelVariant v where v.integrationId = :integrationId")
    int deleteByIntegration(@org.springframework.data.repository.query.Param("integrationId") UUID integrationId);
}
