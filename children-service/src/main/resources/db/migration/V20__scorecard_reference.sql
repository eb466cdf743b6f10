-- Scorecard reference data. Public facts about councils and DfE thresholds, not personal data: no row-level
-- security, every principal may read them; only the scorecard service writes them (managers, through the API).

-- Partner authorities as national returns name them (DOMAIN.md section 1). Any RAA adds its own rows.
create table scorecard_authority (
    code       text primary key,
    la_number  text not null,
    name       text not null,
    ons_code   text
);
insert into scorecard_authority (code, la_number, name, ons_code) values
    ('coventry', '331', 'Coventry City Council', 'E08000026'),
    ('solihull', '334', 'Solihull Metropolitan Borough Council', 'E08000029'),
    ('warwickshire', '937', 'Warwickshire County Council', 'E10000031'),
    ('worcestershire', '885', 'Worcestershire County Council', 'E10000034'),
    ('herefordshire', '884', 'Herefordshire Council', 'E06000019');

-- Each edit of the threshold table is a new version, never an update: an export run "as at" an earlier time uses
-- the table that was in force then. With no version at all the DOMAIN.md defaults (DefaultScorecardThresholds)
-- apply. rows = [{"firstYear":2012,"a1Days":487,"a2Days":121,"a3Months":18}, ...] keyed by 3-year period.
create table scorecard_threshold_version (
    id          bigserial primary key,
    recorded_at timestamptz not null,
    recorded_by text        not null,
    reason      text,
    rows        jsonb       not null
);
create index scorecard_threshold_version_time on scorecard_threshold_version (recorded_at);
revoke update, delete, truncate on scorecard_threshold_version from ${app_role};
