package com.channelhub.webhook;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import com.channelhub.sync.HubInstances;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a webhook handler's effect happen once per inbox event. The handler runs in a transaction of its own and
 * the inbox marks the event PROCESSED in the poll's transaction afterwards; between the two commits an instance
 * can die, and the event is then handled again by another. The handler's transaction first records the event
 * here: the second handling finds it and applies nothing. Two handlings at the same moment queue on the primary
 * key; the second sees the first's row once it commits.
 */
@Component
public class WebhookEffects {

    private final JdbcTemplate jdbc;
    private final HubInstances instances;
    private final Clock clock;

    public WebhookEffects(JdbcTemplate jdbc, HubInstances instances, Clock clock) {
        this.jdbc = jdbc;
        this.instances = instances;
        this.clock = clock;
    }

    /**
     * Records the event in the caller's transaction; false when its effect was applied before. A message without
     * an inbox event id (not from the inbox) is always applied.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean firstApplication(String eventId) {
        if (eventId == null || eventId.isBlank()) {
            return true;
        }
        // ON CONFLICT DO NOTHING: PostgreSQL, and H2 in its PostgreSQL mode
        return jdbc.update("insert into webhook_event_effects (event_id, applied_at, applied_by) values (?, ?, ?)"
                + " on conflict do nothing", UUID.fromString(eventId), Timestamp.from(clock.instant()),
                instances.self()) == 1;
    }
}
