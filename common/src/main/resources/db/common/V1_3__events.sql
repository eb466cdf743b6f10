-- Event backbone: transactional outbox (producer side), idempotent inbox with per-aggregate ordering (consumer side),
-- parked events and dead letters (nothing is dropped silently). See docs/events.md.
--
-- These tables are infrastructure, not personal-record tables, so they carry no row-level security: the relay and
-- the consumer work outside any request and must see every row (the relay publishes every authority's events; the
-- inbox must detect a duplicate whatever its authority). Personal data in a stored envelope is reachable only through
-- the service's own code; the operator listings return metadata (type, subject, sequence, reason), never the data.
-- Row-level security still applies to what a consumer's handler does: it runs in the event's own scope.

-- The next sequence number per aggregate. The upsert takes a row lock held until the producer's transaction ends, so
-- sequences are gap-free and in commit order per aggregate.
create table outbox_sequence (
    aggregate_type text   not null,
    aggregate_id   text   not null,
    last_sequence  bigint not null,
    primary key (aggregate_type, aggregate_id)
);

create table outbox_event (
    id             bigserial   primary key,
    event_id       uuid        not null unique,
    type           text        not null,
    aggregate_type text        not null,
    aggregate_id   text        not null,
    sequence       bigint      not null,
    authority      text,
    agency         text,
    envelope       text        not null,
    created_at     timestamptz not null default now(),
    sent_at        timestamptz,
    publish_count  integer     not null default 0,
    constraint outbox_event_sequence_unique unique (aggregate_type, aggregate_id, sequence)
);
-- The relay's work list: small, because sent rows leave it.
create index outbox_event_unsent on outbox_event (id) where sent_at is null;

-- One row per event a consumer has seen: a redelivery finds its row and changes nothing.
create table inbox_event (
    consumer    text        not null,
    event_id    uuid        not null,
    type        text        not null,
    source      text        not null,
    subject     text        not null,
    sequence    bigint      not null,
    status      text        not null check (status in ('applied', 'ignored', 'held', 'parked')),
    received_at timestamptz not null default now(),
    decided_at  timestamptz not null default now(),
    primary key (consumer, event_id)
);

-- The last sequence applied per consumer and aggregate (source + aggregate type + subject identify an aggregate).
create table inbox_position (
    consumer       text        not null,
    source         text        not null,
    aggregate_type text        not null,
    subject        text        not null,
    last_sequence  bigint      not null,
    updated_at     timestamptz not null default now(),
    primary key (consumer, source, aggregate_type, subject)
);

-- Events that arrived ahead of a gap, waiting for the missing ones.
create table inbox_pending (
    consumer       text        not null,
    event_id       uuid        not null,
    source         text        not null,
    aggregate_type text        not null,
    subject        text        not null,
    sequence       bigint      not null,
    type           text        not null,
    envelope       text        not null,
    received_at    timestamptz not null default now(),
    reported_at    timestamptz,
    primary key (consumer, event_id)
);
create index inbox_pending_aggregate on inbox_pending (consumer, source, aggregate_type, subject, sequence);

-- A consumer's request to an owner to publish missing events again (also published as events.resend-requested.v1).
create table resend_request (
    id             bigserial   primary key,
    consumer       text        not null,
    source         text        not null,
    aggregate_type text        not null,
    subject        text        not null,
    from_sequence  bigint      not null,
    to_sequence    bigint      not null,
    requested_at   timestamptz not null default now(),
    constraint resend_request_unique unique (consumer, source, aggregate_type, subject, from_sequence)
);

-- Valid events a consumer could not apply because they break its own rules.
create table parked_event (
    id        bigserial   primary key,
    consumer  text        not null,
    event_id  uuid        not null,
    type      text        not null,
    source    text        not null,
    subject   text        not null,
    sequence  bigint      not null,
    authority text,
    agency    text,
    reason    text        not null,
    envelope  text        not null,
    parked_at timestamptz not null default now(),
    constraint parked_event_unique unique (consumer, event_id)
);

-- Messages that could not be read as events (or had no consumer); the broker holds the message in the DLQ.
create table dead_letter (
    id            bigserial   primary key,
    channel       text        not null,
    routing_key   text,
    message_id    text,
    reason        text        not null,
    payload       text        not null,
    received_at   timestamptz not null default now()
);
