package com.channelhub.catalog;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ChannelProductRepository extends JpaRepository<ChannelProduct, UUID> {

    Optional<ChannelProduct> findByIntegrationIdAndExternalId(UUID integrationId, String externalId);

    long countByIntegrationIdAndDeletedFalse(UUID integrationId);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("delete from ChannelProduct p where p.integrationId = :integrationId")
    int deleteByIntegration(@org.springframework.data.repository.query.Param("integrationId") UUID integrationId);
}
