-- Append-only audit trail: who read or changed which personal records, when and why. Never the content.
create table audit_event (
    id          bigserial primary key,
    occurred_at timestamptz not null default now(),
    actor       text        not null,
    authority   text,
    agency      text,
    action      text        not null,
    record_type text        not null,
    record_ids  text[]      not null,
    purpose     text        not null,
    request_id  text
);
create index audit_event_record_ids on audit_event using gin (record_ids);
create index audit_event_occurred_at on audit_event (occurred_at);

-- The service may add rows and read them, never change or remove them.
revoke update, delete, truncate on audit_event from ${app_role};
