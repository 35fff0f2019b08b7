package com.channelhub.webhook;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplianceRequestRepository extends JpaRepository<ComplianceRequest, UUID> {

    List<ComplianceRequest> findByPlatformAndAccountOrderByCompletedAtAsc(String platform, String account);
}
