-- Host-agreement inputs per financial year (year = the April it starts: 2019 is 2019/20), the closed years and
-- the adjustments that correct them. Money is numeric(14,2): whole pennies, exact.
create table baseline (
    id             uuid primary key,
    agency         text           not null references agency (code),
    authority      text           not null,
    year           int            not null,
    in_scope_spend numeric(14, 2) not null check (in_scope_spend >= 0),
    adoptions      int            not null check (adoptions >= 0),
    version        bigint         not null default 0,
    updated_at     timestamptz    not null,
    updated_by     text           not null,
    constraint baseline_one_per_member_year unique (agency, authority, year)
);

-- Agreement terms for a year: the uplift and any agreed baselines that differ from the measured ones.
create table agreement_terms (
    id                uuid primary key,
    agency            text          not null references agency (code),
    year              int           not null,
    uplift            numeric(9, 6) not null check (uplift >= 0),
    agreed_baselines  jsonb         not null default '{}'::jsonb,
    version           bigint        not null default 0,
    updated_at        timestamptz   not null,
    updated_by        text          not null,
    constraint agreement_terms_one_per_year unique (agency, year)
);

create table board_decision (
    id         uuid primary key,
    agency     text           not null references agency (code),
    joiner     text           not null,
    year       int            not null,
    kind       text           not null check (kind in ('CLOSE_IN_FULL', 'CLOSE_IN_PART', 'PHASED', 'WAIVED')),
    amount     numeric(14, 2),
    decided_on date           not null,
    version    bigint         not null default 0,
    updated_at timestamptz    not null,
    updated_by text           not null,
    constraint board_decision_one_per_joiner_year unique (agency, joiner, year)
);

create table grant_allocation (
    id                uuid primary key,
    agency            text           not null references agency (code),
    kind              text           not null check (kind in ('DFE_IMPLEMENTATION_GRANT', 'TRANSITIONAL_FUNDING')),
    year              int            not null,
    joiner            text           not null,
    total             numeric(14, 2) not null,
    to_joiner         numeric(14, 2) not null,
    to_agency         numeric(14, 2) not null,
    towards_shortfall numeric(14, 2) not null,
    version           bigint         not null default 0,
    updated_at        timestamptz    not null,
    updated_by        text           not null,
    constraint grant_allocation_one_per_kind unique (agency, kind, year, joiner)
);

-- A closed year keeps the statement as agreed; reads of a closed year return exactly this.
create table closed_year (
    agency    text        not null references agency (code),
    year      int         not null,
    closed_at timestamptz not null,
    closed_by text        not null,
    statement jsonb       not null,
    primary key (agency, year)
);

-- A correction to a closed year, posted in the next open year.
create table adjustment (
    id               uuid primary key,
    agency           text           not null references agency (code),
    authority        text           not null,
    posted_in_year   int            not null,
    relates_to_year  int            not null,
    amount           numeric(14, 2) not null,
    reason           text           not null,
    recorded_at      timestamptz    not null,
    recorded_by      text           not null,
    constraint adjustment_posted_later check (posted_in_year > relates_to_year)
);
create index adjustment_year on adjustment (agency, posted_in_year);

do $$
declare t text;
begin
    foreach t in array array['baseline', 'agreement_terms', 'board_decision', 'grant_allocation', 'closed_year',
                             'adjustment'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (app_agency_in_scope(agency)) '
                       || 'with check (app_agency_in_scope(agency))', t || '_in_scope', t);
    end loop;
end $$;

-- A closed year is final: the service may add closed years, never reopen or rewrite them.
revoke update, delete, truncate on closed_year from ${app_role};
