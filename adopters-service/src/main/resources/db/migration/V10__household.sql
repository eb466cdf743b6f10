-- Adopter households belong to the AGENCY. Agency staff (and system work such as event consumers) see every
-- household of their agency; a council principal sees a household row only while it is linked to an active match
-- with one of its own children, and never the restricted tables (adopters, home address, process steps).
-- app.agency_staff is set per transaction (set_config(..., true)) by the service, next to app.authorities/app.agency.
create function app_agency_staff() returns boolean
    language sql stable
as $$
    select coalesce(current_setting('app.agency_staff', true), '') = 'true'
$$;

create table household (
    id                     uuid        primary key,
    agency                 text        not null,
    household_reference    text        not null,
    number_of_adopters     smallint    not null check (number_of_adopters between 1 and 2),
    area_of_residence      text        not null,
    recruiting_agency_code text        not null,
    recruiting_agency_type text        not null,
    fast_track_route       text        not null,
    -- the offer (what the household can offer a child); profile fields a linked council may see
    number_of_children     smallint    not null,
    min_age_years          smallint    not null,
    max_age_years          smallint    not null,
    sibling_groups         boolean     not null,
    need_health            text        not null,
    need_development       text        not null,
    need_behaviour         text        not null,
    need_education         text        not null,
    excluded_areas         text[]      not null default '{}',
    early_permanence       boolean     not null,
    -- derived from the step rows, kept here for filters and for the council's match profile
    process_state          text        not null default 'NOT_STARTED',
    state_since            date,
    approved_on            date,
    version                bigint      not null default 0,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    constraint household_reference_unique unique (agency, household_reference)
);
create index household_agency_state on household (agency, process_state);
create index household_agency_area on household (agency, area_of_residence);

-- Council visibility: the matching events fill this (match decided / placement started -> active; disrupted /
-- withdrawn -> inactive).
create table household_match_link (
    household_id uuid        not null references household (id),
    authority    text        not null,
    match_id     uuid        not null,
    agency       text        not null,
    active       boolean     not null,
    updated_at   timestamptz not null default now(),
    primary key (household_id, authority, match_id)
);
create index household_match_link_authority on household_match_link (authority) where active;

-- Restricted personal details: agency staff only, never in a council's view, never in events or indicators.
create table adopter (
    id            uuid     primary key,
    household_id  uuid     not null references household (id),
    agency        text     not null,
    position      smallint not null check (position between 1 and 2),
    given_name    text     not null,
    family_name   text     not null,
    date_of_birth date     not null,
    email         text,
    phone         text,
    constraint adopter_position_unique unique (household_id, position)
);

create table household_address (
    household_id uuid primary key references household (id),
    agency       text not null,
    address      text not null,
    postcode     text not null
);

-- The process timeline: append-only dated steps. Corrections are new steps, never edits.
create table household_process_step (
    id           uuid        primary key,
    household_id uuid        not null references household (id),
    agency       text        not null,
    sequence     integer     not null,
    step         text        not null,
    step_date    date        not null,
    reason       text,
    recorded_at  timestamptz not null default now(),
    recorded_by  text        not null,
    constraint household_step_sequence_unique unique (household_id, sequence)
);
revoke update, delete, truncate on household_process_step from ${app_role};

alter table household enable row level security;
alter table household force row level security;
create policy household_in_scope on household
    using (app_agency_in_scope(agency) and (app_agency_staff() or exists (
        select 1 from household_match_link l
        where l.household_id = household.id and l.active and app_authority_in_scope(l.authority))))
    with check (app_agency_in_scope(agency) and app_agency_staff());

alter table household_match_link enable row level security;
alter table household_match_link force row level security;
create policy household_match_link_in_scope on household_match_link
    using (app_agency_in_scope(agency) and (app_agency_staff() or app_authority_in_scope(authority)))
    with check (app_agency_in_scope(agency) and app_agency_staff());

alter table adopter enable row level security;
alter table adopter force row level security;
create policy adopter_staff_only on adopter
    using (app_agency_in_scope(agency) and app_agency_staff())
    with check (app_agency_in_scope(agency) and app_agency_staff());

alter table household_address enable row level security;
alter table household_address force row level security;
create policy household_address_staff_only on household_address
    using (app_agency_in_scope(agency) and app_agency_staff())
    with check (app_agency_in_scope(agency) and app_agency_staff());

alter table household_process_step enable row level security;
alter table household_process_step force row level security;
create policy household_process_step_staff_only on household_process_step
    using (app_agency_in_scope(agency) and app_agency_staff())
    with check (app_agency_in_scope(agency) and app_agency_staff());
