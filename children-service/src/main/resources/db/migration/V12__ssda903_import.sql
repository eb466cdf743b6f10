-- SSDA903 imports run as jobs: the uploaded files are kept in chunks (streamed back with bounded memory), the
-- findings report is stored per job, and a queue without personal data lets any replica claim the next job with
-- FOR UPDATE SKIP LOCKED before setting the job's authority as its scope.
create table import_job (
    id                uuid primary key,
    authority         text        not null,
    collection_year   text        not null,
    format            text        not null check (format in ('CSV', 'XML')),
    status            text        not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    phase             text,
    rows_read         bigint      not null default 0,
    bytes_total       bigint      not null default 0,
    bytes_read        bigint      not null default 0,
    children_total    integer     not null default 0,
    children_done     integer     not null default 0,
    children_applied  integer     not null default 0,
    children_unchanged integer    not null default 0,
    children_rejected integer     not null default 0,
    errors            integer     not null default 0,
    warnings          integer     not null default 0,
    failure           text,
    created_by        text        not null,
    created_at        timestamptz not null,
    started_at        timestamptz,
    finished_at       timestamptz,
    version           bigint      not null default 0
);
create index import_job_authority on import_job (authority, created_at);
alter table import_job enable row level security;
alter table import_job force row level security;
create policy import_job_in_scope on import_job
    using (app_authority_in_scope(authority))
    with check (app_authority_in_scope(authority));

create table import_file_chunk (
    job_id     uuid    not null references import_job (id),
    authority  text    not null,
    table_name text    not null,
    chunk_no   integer not null,
    data       bytea   not null,
    primary key (job_id, table_name, chunk_no)
);
alter table import_file_chunk enable row level security;
alter table import_file_chunk force row level security;
create policy import_file_chunk_in_scope on import_file_chunk
    using (app_authority_in_scope(authority))
    with check (app_authority_in_scope(authority));

create table import_finding (
    job_id          uuid    not null references import_job (id),
    authority       text    not null,
    seq             integer not null,
    child_reference text,
    table_name      text    not null,
    row_no          bigint  not null,
    column_name     text    not null,
    rule            text    not null,
    message         text    not null,
    severity        text    not null,
    primary key (job_id, seq)
);
alter table import_finding enable row level security;
alter table import_finding force row level security;
create policy import_finding_in_scope on import_finding
    using (app_authority_in_scope(authority))
    with check (app_authority_in_scope(authority));

-- Only the job id and its authority code: what a worker needs to claim a job and set the scope.
create table import_queue (
    job_id     uuid primary key,
    authority  text        not null,
    state      text        not null check (state in ('QUEUED', 'CLAIMED', 'FINISHED')),
    queued_at  timestamptz not null,
    claimed_at timestamptz,
    attempts   integer     not null default 0
);
create index import_queue_waiting on import_queue (queued_at) where state <> 'FINISHED';
