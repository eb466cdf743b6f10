-- Reconciliation of projections with their owners (docs/events.md "Reconciliation"). Infrastructure tables like the
-- other event tables (no row-level security, no personal data: aggregate types, ids and sequence numbers only).

-- What each owner last said about its aggregates (events.watermarks-published.v1): the latest sequence it had
-- published per aggregate when its cycle started. Kept only for the aggregate types this service's handlers take.
create table owner_watermark (
    source         text        not null,
    aggregate_type text        not null,
    subject        text        not null,
    last_sequence  bigint      not null,
    cycle          timestamptz not null,
    received_at    timestamptz not null default now(),
    primary key (source, aggregate_type, subject)
);

-- The owner's last cycle whose every page arrived: aggregates it did not list then are unknown to it.
create table owner_watermark_cycle (
    source       text        primary key,
    cycle        timestamptz not null,
    completed_at timestamptz not null default now()
);

-- One row per reconciliation run on this service (a replica that found another running skips and records nothing).
create table reconciliation_run (
    id                   bigserial   primary key,
    started_at           timestamptz not null,
    finished_at          timestamptz,
    watermarks_published integer     not null default 0,
    aggregates_compared  bigint      not null default 0,
    behind               bigint      not null default 0,
    ahead                bigint      not null default 0,
    unknown_to_owner     bigint      not null default 0,
    unrepairable         bigint      not null default 0,
    resends_requested    bigint      not null default 0,
    failure              text
);

-- What a run found; the operator listing shows the last finished run's rows.
create table reconciliation_finding (
    run_id            bigint not null references reconciliation_run (id) on delete cascade,
    consumer          text   not null,
    source            text   not null,
    aggregate_type    text   not null,
    subject           text   not null,
    kind              text   not null check (kind in ('behind', 'ahead', 'unknown-to-owner', 'unrepairable')),
    consumer_sequence bigint not null,
    owner_sequence    bigint,
    action            text   not null,
    primary key (run_id, consumer, source, aggregate_type, subject)
);

-- A repeated request for the same range counts its attempts; after raa.events.reconcile.max-attempts the range is
-- reported as unrepairable instead of requested again.
alter table resend_request add column attempts integer not null default 1;
alter table resend_request add column origin text not null default 'gap';
