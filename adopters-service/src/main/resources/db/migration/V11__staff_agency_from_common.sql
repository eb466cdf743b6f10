-- Whether the principal is agency staff now comes from common's app.staff_agency (set for every service by the
-- shared row-level security interceptor), not from a setting of adopters-service's own. Policies are unchanged.
create or replace function app_agency_staff() returns boolean
    language sql stable
as $$
    select coalesce(current_setting('app.staff_agency', true), '') <> ''
$$;
