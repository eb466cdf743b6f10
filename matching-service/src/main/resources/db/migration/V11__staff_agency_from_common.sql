-- app.staff_agency is now set by common's row-level security interceptor for every service; matching's own helper
-- becomes the shared one.
create or replace function matching_staff_agency_in_scope(owner_agency text) returns boolean
    language sql stable
as $$
    select app_staff_agency_in_scope(owner_agency)
$$;
