-- Table of camel-jpa's JpaMessageIdRepository (entity org.apache.camel.processor.idempotent.jpa.MessageProcessed),
-- used by idempotent consumers that must remember message ids across restarts and instances.
CREATE TABLE camel_messageprocessed (
    id              BIGINT PRIMARY KEY,
    processor_name  VARCHAR(255) NOT NULL,
    message_id      VARCHAR(255) NOT NULL,
    created_at      TIMESTAMP,
    CONSTRAINT uk_camel_messageprocessed UNIQUE (processor_name, message_id)
);
-- Hibernate's default sequence for the entity's @GeneratedValue id (allocation size 50)
CREATE SEQUENCE camel_messageprocessed_seq START WITH 1 INCREMENT BY 50;
