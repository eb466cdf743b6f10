-- matching-service keeps projections of what it needs from its owners (children-service, adopters-service,
-- finance-service) so a search never calls another service, and owns matches.
--
-- Scope: common's RowLevelSecurityInterceptor sets app.authorities and app.agency for every transaction. A council
-- principal's app.agency is its authority's agency too, so app_agency_in_scope() cannot tell agency staff from
-- council principals. matching-service therefore also sets app.staff_agency (only for agency staff and system jobs
-- without an authority, see service/AgencyStaffScope) and its agency-owned policies use that. Unset = nothing.
create function matching_staff_agency_in_scope(owner_agency text) returns boolean
    language sql stable
as $$
    select owner_agency = nullif(current_setting('app.staff_agency', true), '')
$$;

create function matching_any_authority_in_scope(owner_authorities text[]) returns boolean
    language sql stable
as $$
    select owner_authorities && string_to_array(coalesce(current_setting('app.authorities', true), ''), ',')
$$;

-- Children available (or no longer available) for matching, from child.profile-changed.v1. Authority-owned.
create table child_profile (
    child_id                uuid primary key,
    authority               text        not null,
    date_of_birth           date        not null,
    sex                     text        not null,
    ethnicity               text        not null,
    disability              boolean     not null,
    need_health             text        not null,
    need_development        text        not null,
    need_behaviour          text        not null,
    need_education          text        not null,
    sibling_group_id        uuid,
    excluded_areas          text[]      not null default '{}',
    available               boolean     not null,
    available_since         date,
    early_permanence_wanted boolean     not null,
    source_sequence         bigint      not null default 0,
    version                 bigint      not null default 0,
    updated_at              timestamptz not null default now(),
    constraint child_profile_available_since check (not available or available_since is not null)
);
create index child_profile_authority on child_profile (authority);
create index child_profile_sibling_group on child_profile (sibling_group_id) where sibling_group_id is not null;

alter table child_profile enable row level security;
alter table child_profile force row level security;
create policy child_profile_in_scope on child_profile
    using (app_authority_in_scope(authority))
    with check (app_authority_in_scope(authority));

-- Approved households' match profiles, from household.profile-changed.v1. Agency-owned. Holds only the match
-- profile and what ranking needs: no names, contact details, addresses, health or background.
create table household_profile (
    household_id              uuid primary key,
    agency                    text        not null,
    reference                 text        not null,
    number_of_adopters        int         not null check (number_of_adopters between 1 and 2),
    area_of_residence         text        not null,
    recruiting_agency         text        not null,
    recruiting_agency_type    text        not null,
    children_capacity         int         not null,
    min_age_years             int         not null,
    max_age_years             int         not null,
    sibling_groups_accepted   boolean     not null,
    accept_health             text        not null,
    accept_development        text        not null,
    accept_behaviour          text        not null,
    accept_education          text        not null,
    excluded_areas            text[]      not null default '{}',
    early_permanence_willing  boolean     not null,
    approval_date             date        not null,
    status                    text        not null,
    source_sequence           bigint      not null default 0,
    version                   bigint      not null default 0,
    updated_at                timestamptz not null default now()
);
create index household_profile_waiting on household_profile (agency, status);

-- Matches between the agency's households and children. Agency-owned; child_authorities repeats the children's
-- authorities so a partner authority can read the matches of its own children (and nothing else).
create table adoption_match (
    id                    uuid primary key,
    agency                text        not null,
    household_id          uuid        not null references household_profile (household_id),
    child_authorities     text[]      not null,
    siblings_apart        uuid[]      not null default '{}',
    separation_reason     text,
    stage                 text        not null,
    link_date             date        not null,
    panel_date            date,
    decision_date         date,
    introductions_date    date,
    placement_date        date,
    adoption_order_date   date,
    disruption_date       date,
    withdrawal_date       date,
    end_reason            text,
    version               bigint      not null default 0,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now()
);
create index adoption_match_household on adoption_match (household_id);
create index adoption_match_child_authorities on adoption_match using gin (child_authorities);

-- One row per child in a match, in the order recorded (sibling position). The partial unique index is the
-- database's guarantee that a child is in at most one active match, even under concurrent links.
create table matched_child (
    match_id            uuid    not null references adoption_match (id),
    position            int     not null,
    child_id            uuid    not null,
    child_authority     text    not null,
    active              boolean not null,
    inter_agency_class  text,
    fee_agency_type     text,
    sibling_position    text,
    primary key (match_id, position)
);
create unique index matched_child_one_active_match on matched_child (child_id) where active;

-- Households: agency staff of the owning agency; a partner authority only through a (not withdrawn) match with
-- one of its children, which the adoption_match policy below already limits to its own.
alter table household_profile enable row level security;
alter table household_profile force row level security;
create policy household_profile_staff on household_profile
    using (matching_staff_agency_in_scope(agency))
    with check (matching_staff_agency_in_scope(agency));
create policy household_profile_via_match on household_profile for select
    using (exists (select 1 from adoption_match m
                   where m.household_id = household_profile.household_id and m.stage <> 'WITHDRAWN'));

alter table adoption_match enable row level security;
alter table adoption_match force row level security;
create policy adoption_match_staff on adoption_match
    using (matching_staff_agency_in_scope(agency))
    with check (matching_staff_agency_in_scope(agency));
create policy adoption_match_child_authority on adoption_match for select
    using (matching_any_authority_in_scope(child_authorities));

alter table matched_child enable row level security;
alter table matched_child force row level security;
create policy matched_child_staff on matched_child
    using (exists (select 1 from adoption_match m where m.id = matched_child.match_id
                   and matching_staff_agency_in_scope(m.agency)))
    with check (exists (select 1 from adoption_match m where m.id = matched_child.match_id
                        and matching_staff_agency_in_scope(m.agency)));
create policy matched_child_own_authority on matched_child for select
    using (app_authority_in_scope(child_authority));
