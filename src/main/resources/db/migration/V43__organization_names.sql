-- An organisation's name, published by the organisation module for the SQL of other modules, so
-- that none of them reads organization_version itself: the latest name (a dissolved or merged unit
-- is shown by the name it last had), and the name in force on a day (null before the first).
create function organization_name(organization bigint) returns varchar language sql stable as $$
    select v.name from organization_version v where v.organization_id = organization
    order by v.valid_from desc limit 1
$$;

create function organization_name_on(organization bigint, day date) returns varchar
    language sql stable as $$
    select v.name from organization_version v
    where v.organization_id = organization and v.valid_from <= day
    order by v.valid_from desc limit 1
$$;
