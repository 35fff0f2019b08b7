package com.channelhub.deadletter;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DeadLetterRepository extends JpaRepository<DeadLetter, UUID> {

    @Query("""
            select d from DeadLetter d
            where (:routeId is null or d.routeId = :routeId)
              and (:resolved is null or d.resolved = :resolved)
              and (:integrationId is null or d.integrationId = :integrationId)
              and (cast(:since as timestamp) is null or d.createdAt >= :since)
            order by d.createdAt desc, d.id desc
            """)
    Page<DeadLetter> search(@Param("routeId") String routeId, @Param("resolved") Boolean resolved,
            @Param("integrationId") UUID integrationId, @Param("since") Instant since, Pageable pageable);

    /** The dead letters of a set of integrations (one project's), newest first. */
    @Query("""
            select d from DeadLetter d
            where d.integrationId in :integrationIds
              and (:routeId is null or d.routeId = :routeId)
              and (:resolved is null or d.resolved = :resolved)
            order by d.createdAt desc, d.id desc
            """)
    Page<DeadLetter> searchIn(@Param("integrationIds") java.util.Collection<UUID> integrationIds,
            @Param("routeId") String routeId, @Param("resolved") Boolean resolved, Pageable pageable);

    @Query("select distinct d.routeId from DeadLetter d where d.integrationId in :integrationIds order by d.routeId")
    java.util.List<String> routeIdsIn(@Param("integrationIds") java.util.Collection<UUID> integrationIds);
}
