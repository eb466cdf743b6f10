-- app.agency holds a council principal's agency as well as a staff member's. Rows that councils may see only in part
-- (households, matches) need to know whether the principal is agency staff: common's interceptor sets
-- app.staff_agency to the agency of agency staff (and of system work for an agency), and to '' for councils.
create function app_staff_agency_in_scope(owner_agency text) returns boolean
    language sql stable
as $$
    select owner_agency = nullif(current_setting('app.staff_agency', true), '')
$$;
