-- A1, A2 and A3 (docs/scorecard.md) for every authority in scope and every 1-year and 3-year period, in one
-- statement over the current journey facts (journey_fact; row-level security applies). The same derivations as
-- ChildJourney: the adoptive placement that led to the order (latest undisrupted one on or before it), the period of
-- care it began in, the first placement or freeing order in that period, and the match with the placed family.
-- Thresholds: the DOMAIN.md defaults (A3 months by 3-year period; a 1-year period uses the row of the 3-year period
-- ending with it; a period after the last row uses the last row).
with orders as (
    select child_id, authority, fact_date as order_date from journey_fact where type = 'ADOPTION_ORDER'
),
undisrupted as (
    select p.child_id, p.fact_date, p.family_reference
    from journey_fact p
    join orders o on o.child_id = p.child_id
    where p.type = 'PLACED_FOR_ADOPTION' and p.fact_date <= o.order_date
      and not exists (
          select 1 from journey_fact d
          where d.child_id = p.child_id and d.type = 'DISRUPTION' and d.family_reference = p.family_reference
            and d.fact_date >= p.fact_date and d.fact_date <= o.order_date
            and not exists (
                select 1 from journey_fact q
                where q.child_id = p.child_id and q.type = 'PLACED_FOR_ADOPTION'
                  and q.family_reference = p.family_reference and q.fact_date > p.fact_date
                  and q.fact_date <= d.fact_date))
),
placed as (
    select distinct on (child_id) child_id, fact_date as placed_date, family_reference
    from undisrupted order by child_id, fact_date desc
),
entered as (
    select distinct on (o.child_id) o.child_id, o.authority, o.order_date, pl.placed_date, pl.family_reference,
           pc.fact_date as entered_date, pc.end_date as period_end
    from orders o
    left join placed pl on pl.child_id = o.child_id
    join journey_fact pc on pc.child_id = o.child_id and pc.type = 'ENTERED_CARE'
                 and (pl.placed_date is null or pc.fact_date <= pl.placed_date)
    order by o.child_id, pc.fact_date desc
),
adopted as (
    select e.*,
           (select min(c.fact_date) from journey_fact c
             where c.child_id = e.child_id and c.type in ('PLACEMENT_ORDER', 'FREEING_ORDER')
               and c.fact_date >= e.entered_date and (e.period_end is null or c.fact_date <= e.period_end))
               as court_date,
           case when e.placed_date is not null then
               (select max(m.fact_date) from journey_fact m
                 where m.child_id = e.child_id and m.type = 'MATCH_DECISION'
                   and m.family_reference = e.family_reference and m.fact_date <= e.placed_date)
           else
               (select max(m.fact_date) from journey_fact m
                 where m.child_id = e.child_id and m.type = 'MATCH_DECISION' and m.fact_date <= e.order_date)
           end as match_date,
           extract(year from e.order_date - interval '3 months')::int as order_year
    from entered e
),
periods as (
    select y as first_year, y as last_year, (y - 2) as threshold_year,
           y || '/' || lpad(((y + 1) % 100)::text, 2, '0') as label
    from generate_series(2000, 2030) y
    union all
    select y, y + 2, y, y || '-' || lpad(((y + 3) % 100)::text, 2, '0')
    from generate_series(2000, 2030) y
),
thresholds(first_year, a3_months) as (
    values (2009, 21), (2010, 20), (2011, 20), (2012, 18), (2013, 14), (2014, 14)
),
cohort as (
    select p.label, p.first_year, p.last_year, a.*,
           (select t.a3_months from thresholds t where t.first_year <= p.threshold_year
             order by t.first_year desc limit 1) as a3_months
    from adopted a
    join periods p on a.order_year between p.first_year and p.last_year
)
select authority, label as period,
       count(placed_date) as a1_children,
       round(avg(placed_date - entered_date) filter (where placed_date is not null)) as a1_mean_days,
       count(*) filter (where court_date is not null and placed_date < order_date and match_date is not null)
           as a2_children,
       round(avg(greatest(0, match_date - court_date))
           filter (where court_date is not null and placed_date < order_date and match_date is not null))
           as a2_mean_days,
       a3_months,
       count(*) filter (where placed_date < entered_date + make_interval(months => a3_months)) as a3_within,
       round(100.0 * count(*) filter (where placed_date < entered_date + make_interval(months => a3_months))
           / nullif(count(placed_date), 0), 1) as a3_percent
from cohort
group by authority, label, first_year, last_year, a3_months
order by authority, last_year - first_year, first_year
