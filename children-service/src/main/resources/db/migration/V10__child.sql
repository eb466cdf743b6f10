-- A child registered by its partner authority (the tenant). Minimal identifying details only: no names of the
-- birth family, no addresses.
create table child (
    id              uuid primary key,
    authority       text        not null,
    child_reference text        not null,
    date_of_birth   date        not null,
    sex             text        not null,
    ethnicity       text        not null,
    disability      boolean     not null default false,
    version         bigint      not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    constraint child_reference_unique unique (authority, child_reference)
);
create index child_authority on child (authority);

alter table child enable row level security;
alter table child force row level security;
create policy child_in_scope on child
    using (app_authority_in_scope(authority))
    with check (app_authority_in_scope(authority));
