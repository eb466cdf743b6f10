-- Row-level security helpers. The application sets app.authorities (comma-separated authority codes) and app.agency
-- for each transaction with set_config(..., true); policies on tenant-owned tables call these functions.
-- An unset scope matches nothing: work without a scope sees no rows and can write none.
create function app_authority_in_scope(owner_authority text) returns boolean
    language sql stable
as $$
    select owner_authority = any (string_to_array(coalesce(current_setting('app.authorities', true), ''), ','))
$$;

create function app_agency_in_scope(owner_agency text) returns boolean
    language sql stable
as $$
    select owner_agency = nullif(current_setting('app.agency', true), '')
$$;
