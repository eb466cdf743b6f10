-- Inter-agency fee schedule (reference data per agency, seeded with the DOMAIN.md §7 defaults) and the ledger of
-- fees payable and receivable built from match.placement-started.v1 events. One ledger line per child placed.
create table fee_rate (
    id                uuid primary key,
    agency            text          not null references agency (code),
    effective_from    date          not null,
    other_agency_type text          not null check (other_agency_type in ('LOCAL_AUTHORITY', 'RAA', 'VOLUNTARY_AGENCY')),
    sibling_position  text          not null check (sibling_position in ('FIRST_CHILD', 'SECOND_OR_LATER')),
    fee               numeric(14, 2) not null check (fee > 0),
    london_uplift     numeric(9, 6) not null default 0 check (london_uplift >= 0),
    version           bigint        not null default 0,
    constraint fee_rate_one_per_key unique (agency, effective_from, other_agency_type, sibling_position)
);

insert into fee_rate (id, agency, effective_from, other_agency_type, sibling_position, fee, london_uplift) values
    ('00000000-0000-4000-9000-000000000001', 'ace', date '2011-04-01', 'LOCAL_AUTHORITY', 'FIRST_CHILD', 27000, 0.10),
    ('00000000-0000-4000-9000-000000000002', 'ace', date '2011-04-01', 'LOCAL_AUTHORITY', 'SECOND_OR_LATER', 27000, 0.10),
    ('00000000-0000-4000-9000-000000000003', 'ace', date '2011-04-01', 'RAA', 'FIRST_CHILD', 27000, 0.10),
    ('00000000-0000-4000-9000-000000000004', 'ace', date '2011-04-01', 'RAA', 'SECOND_OR_LATER', 27000, 0.10),
    ('00000000-0000-4000-9000-000000000005', 'ace', date '2019-04-01', 'VOLUNTARY_AGENCY', 'FIRST_CHILD', 31620, 0);

create table fee_ledger_entry (
    id                uuid primary key,
    agency            text           not null references agency (code),
    event_id          text           not null,
    match_id          uuid           not null,
    child_id          uuid           not null,
    authority         text           not null,
    moved_in          date           not null,
    year              int            not null,
    relates_to_year   int,
    classification    text           not null check (classification in ('WITHIN_AGENCY', 'PAYABLE', 'RECEIVABLE')),
    counterpart_type  text,
    sibling_position  text           not null,
    london            boolean        not null,
    fee               numeric(14, 2) not null,
    recorded_at       timestamptz    not null,
    -- A redelivered event adds nothing: one line per event and child.
    constraint fee_ledger_once_per_event_child unique (agency, event_id, child_id)
);
create index fee_ledger_year on fee_ledger_entry (agency, year, authority);

do $$
declare t text;
begin
    foreach t in array array['fee_rate', 'fee_ledger_entry'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (app_agency_in_scope(agency)) '
                       || 'with check (app_agency_in_scope(agency))', t || '_in_scope', t);
    end loop;
end $$;
