-- The published organisation names (V43) as PL/pgSQL functions: PostgreSQL plans a SQL function's
-- query again in every statement that calls it (it cannot be inlined: it reads a table with a
-- limit), about a tenth of a millisecond for each statement of a page that shows a name, while a
-- PL/pgSQL function keeps its plan for the connection. Same arguments, same answers.
create or replace function organization_name(organization bigint) returns varchar
    language plpgsql stable as $$
begin
    return (select v.name from organization_version v where v.organization_id = organization
            order by v.valid_from desc limit 1);
end;
$$;

create or replace function organization_name_on(organization bigint, day date) returns varchar
    language plpgsql stable as $$
begin
    return (select v.name from organization_version v
            where v.organization_id = organization and v.valid_from <= day
            order by v.valid_from desc limit 1);
end;
$$;
