-- Which authorities are or were members of which agency, and when. Finance-service owns the partnership and
-- publishes partnership.membership-changed.v1; every service keeps this projection of it. Reference data about
-- councils, not personal data, so no row-level security: every request's scope is computed from it.
create table membership (
    agency      text        not null,
    authority   text        not null,
    member_from date        not null,
    member_to   date,
    updated_at  timestamptz not null default now(),
    primary key (agency, authority, member_from),
    constraint membership_period check (member_to is null or member_to >= member_from)
);
create index membership_authority on membership (authority);

-- Adoption Central England's founders (DOMAIN.md section 1). Herefordshire joins later through finance's workflow.
insert into membership (agency, authority, member_from) values
    ('ace', 'coventry', date '2018-02-01'),
    ('ace', 'solihull', date '2018-02-01'),
    ('ace', 'warwickshire', date '2018-02-01'),
    ('ace', 'worcestershire', date '2018-02-01');
