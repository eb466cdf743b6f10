-- Idempotency-Key claims for creates: one row per caller and key.
create table idempotency_record (
    actor           text        not null,
    idempotency_key text        not null,
    request_hash    text        not null,
    resource_id     text,
    created_at      timestamptz not null default now(),
    primary key (actor, idempotency_key)
);
