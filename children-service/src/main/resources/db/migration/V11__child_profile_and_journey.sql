-- The child's profile (needs, sibling group, excluded areas, minimal identifying details) and its journey: one row
-- per recorded fact, and an append-only history of every change to a fact (who, when, why, old and new value).

-- Siblings to be placed together, or apart with a reason. Owned by the children's authority.
create table sibling_group (
    id           uuid primary key,
    authority    text        not null,
    plan         text        not null check (plan in ('TOGETHER', 'APART')),
    apart_reason text,
    version      bigint      not null default 0,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    constraint sibling_group_apart_needs_reason check (plan = 'TOGETHER' or apart_reason is not null)
);
create index sibling_group_authority on sibling_group (authority);
alter table sibling_group enable row level security;
alter table sibling_group force row level security;
create policy sibling_group_in_scope on sibling_group
    using (app_authority_in_scope(authority))
    with check (app_authority_in_scope(authority));

-- Needs levels use the same areas as households' need acceptance. Given and preferred name are the only identifying
-- details kept; they never leave the child API (no events, feed, findings or delay lists carry them).
alter table child
    add column given_name               text,
    add column preferred_name           text,
    add column health_need              text    not null default 'NONE',
    add column development_need         text    not null default 'NONE',
    add column behaviour_need           text    not null default 'NONE',
    add column education_need           text    not null default 'NONE',
    add column sibling_group_id         uuid references sibling_group (id),
    add column excluded_areas           text[]  not null default '{}',
    add column adopted_by_foster_carers boolean,
    add constraint child_need_levels check (
        health_need in ('NONE', 'LOW', 'MEDIUM', 'HIGH') and development_need in ('NONE', 'LOW', 'MEDIUM', 'HIGH')
        and behaviour_need in ('NONE', 'LOW', 'MEDIUM', 'HIGH') and education_need in ('NONE', 'LOW', 'MEDIUM', 'HIGH'));
create index child_sibling_group on child (sibling_group_id);

-- One fact of a child's journey. type is a MilestoneType (placements included); code holds the fact's own code
-- (placement type, A3-A6 route, E11/E12, RD1-RD4, early-permanence scheme); end_date only for periods of care and
-- placements. A correction updates the row (version + 1) and writes journey_change: nothing changes silently.
create table journey_fact (
    id                      uuid primary key,
    authority               text        not null,
    child_id                uuid        not null references child (id),
    type                    text        not null,
    fact_date               date        not null,
    end_date                date,
    code                    text,
    family_reference        text,
    same_carers_as_previous boolean     not null default false,
    source                  text        not null check (source in ('SYSTEM', 'IMPORT')),
    version                 bigint      not null default 0,
    recorded_at             timestamptz not null,
    recorded_by             text        not null,
    updated_at              timestamptz not null,
    constraint journey_fact_end_after_start check (end_date is null or end_date >= fact_date)
);
create index journey_fact_child on journey_fact (child_id, type, fact_date);
create index journey_fact_authority on journey_fact (authority, type, fact_date);
alter table journey_fact enable row level security;
alter table journey_fact force row level security;
create policy journey_fact_in_scope on journey_fact
    using (app_authority_in_scope(authority))
    with check (app_authority_in_scope(authority));

-- Append-only history of the journey. agency_recorded marks changes made by the agency (its staff, or an event
-- from matching-service) rather than by the owning authority: they form the authority's change feed, cursor = id.
create table journey_change (
    id              bigserial primary key,
    authority       text        not null,
    child_id        uuid        not null references child (id),
    fact_id         uuid        not null references journey_fact (id),
    change          text        not null check (change in ('RECORDED', 'CORRECTED', 'IMPORTED', 'IMPORT_REVISED',
                                                           'EVENT_RECORDED', 'EVENT_CORRECTED')),
    fact_type       text        not null,
    actor           text        not null,
    occurred_at     timestamptz not null default now(),
    reason          text,
    old_value       jsonb,
    new_value       jsonb       not null,
    agency_recorded boolean     not null default false
);
create index journey_change_child on journey_change (child_id, id);
create index journey_change_feed on journey_change (authority, id) where agency_recorded;
alter table journey_change enable row level security;
alter table journey_change force row level security;
create policy journey_change_in_scope on journey_change
    using (app_authority_in_scope(authority))
    with check (app_authority_in_scope(authority));
revoke update, delete, truncate on journey_change from ${app_role};
