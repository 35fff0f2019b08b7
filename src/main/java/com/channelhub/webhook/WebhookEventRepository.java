package com.channelhub.webhook;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WebhookEventRepository extends JpaRepository<WebhookEvent, UUID> {

    Optional<WebhookEvent> findByPlatformAndAccountAndWebhookId(String platform, String account, String webhookId);

    List<WebhookEvent> findByPlatformAndAccountAndEventIdAndStatus(String platform, String account, String eventId,
            WebhookEvent.Status status);

    List<WebhookEvent> findByPlatformAndAccountOrderByReceivedAtAsc(String platform, String account);
}
