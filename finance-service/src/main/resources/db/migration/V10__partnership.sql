-- The partnership: the agency, its members' membership periods, and changes to membership by Deed of Variation.
-- Membership is owned here (partnership_membership) and published as partnership.membership-changed.v1; common's
-- `membership` table is every service's projection of those events, finance's included. Every table is agency-owned: a
-- member's statement is computed from the whole agency's figures, so the database wall is the agency and the
-- per-authority restriction (a partner sees only its own statement) is applied by the service.
create table agency (
    code           text primary key,
    name           text        not null,
    host_authority text        not null,
    version        bigint      not null default 0
);

create table partnership_membership (
    id         uuid primary key,
    agency     text        not null references agency (code),
    authority  text        not null,
    from_date  date        not null,
    to_date    date,
    version    bigint      not null default 0,
    updated_at timestamptz not null default now(),
    constraint membership_one_per_authority unique (agency, authority),
    constraint membership_ends_after_start check (to_date is null or to_date >= from_date)
);

create table membership_variation (
    id                uuid primary key,
    agency            text        not null references agency (code),
    kind              text        not null check (kind in ('JOIN', 'LEAVE')),
    authority         text        not null,
    effective_date    date        not null,
    status            text        not null check (status in ('AWAITING_CONSENTS', 'EFFECTIVE')),
    required_consents text[]      not null,
    proposed_by       text        not null,
    proposed_at       timestamptz not null,
    effective_at      timestamptz,
    version           bigint      not null default 0
);
create index membership_variation_agency on membership_variation (agency, proposed_at);
-- At most one open Deed of Variation per authority.
create unique index membership_variation_one_open on membership_variation (agency, authority)
    where status = 'AWAITING_CONSENTS';

create table variation_consent (
    id           uuid primary key,
    variation_id uuid        not null references membership_variation (id),
    agency       text        not null references agency (code),
    authority    text        not null,
    consented_by text        not null,
    signed_on    date,
    recorded_at  timestamptz not null,
    constraint variation_consent_once unique (variation_id, authority)
);

-- Adoption Central England: operational from 1 February 2018, Warwickshire County Council as host (DOMAIN.md §1).
insert into agency (code, name, host_authority) values ('ace', 'Adoption Central England', 'warwickshire');
insert into partnership_membership (id, agency, authority, from_date) values
    ('00000000-0000-4000-8000-000000000331', 'ace', 'coventry', date '2018-02-01'),
    ('00000000-0000-4000-8000-000000000334', 'ace', 'solihull', date '2018-02-01'),
    ('00000000-0000-4000-8000-000000000937', 'ace', 'warwickshire', date '2018-02-01'),
    ('00000000-0000-4000-8000-000000000885', 'ace', 'worcestershire', date '2018-02-01');

alter table agency enable row level security;
alter table agency force row level security;
create policy agency_in_scope on agency using (app_agency_in_scope(code)) with check (app_agency_in_scope(code));

alter table partnership_membership enable row level security;
alter table partnership_membership force row level security;
create policy partnership_membership_in_scope on partnership_membership
    using (app_agency_in_scope(agency)) with check (app_agency_in_scope(agency));

alter table membership_variation enable row level security;
alter table membership_variation force row level security;
create policy membership_variation_in_scope on membership_variation
    using (app_agency_in_scope(agency)) with check (app_agency_in_scope(agency));

alter table variation_consent enable row level security;
alter table variation_consent force row level security;
create policy variation_consent_in_scope on variation_consent
    using (app_agency_in_scope(agency)) with check (app_agency_in_scope(agency));
