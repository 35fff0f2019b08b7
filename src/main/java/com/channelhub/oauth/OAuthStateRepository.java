package com.channelhub.oauth;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OAuthStateRepository extends JpaRepository<OAuthState, String> {

    /** Consumes a state atomically: of two callbacks racing with the same state, exactly one gets 1. */
    @Modifying
    @Query("""
            update OAuthState s set s.consumedAt = :now
            where s.state = :state and s.platform = :platform and s.consumedAt is null and s.expiresAt > :now
            """)
    int consume(@Param("state") String state, @Param("platform") String platform, @Param("now") Instant now);

    @Modifying
    @Query("delete from OAuthState s where s.expiresAt < :before")
    int deleteExpiredBefore(@Param("before") Instant before);
}
