-- Which inbox events have had their effect applied, written in the same transaction as the effect itself. The
-- inbox marks an event PROCESSED in the poll's own transaction, after the handler's has committed; an instance
-- killed in between leaves the event RECEIVED with its effect applied, and the instance that takes it over finds
-- the event here and does not apply it again.
CREATE TABLE webhook_event_effects (
    event_id    UUID                     NOT NULL,
    applied_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    applied_by  VARCHAR(200)             NOT NULL,
    CONSTRAINT pk_webhook_event_effects PRIMARY KEY (event_id)
);
