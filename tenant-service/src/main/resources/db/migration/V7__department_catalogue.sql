-- One department catalogue for the platform: the codes, names and kinds now live in platform-starter
-- (org.zongzhi.platform.department.Department), shared with case-service, whose codes (COURT, HUMAN_RESOURCES…)
-- it keeps. Every profile revision, old ones included (so comparisons across the change show no phantom
-- differences), is rewritten from this service's former codes to the catalogue's; the migration refuses to
-- finish while any revision names a code outside the catalogue. The lists are the catalogue as of this version.
create temporary table department_code_change (former text primary key, code text not null) on commit drop;
insert into department_code_change (former, code) values
    ('court', 'COURT'), ('procuratorate', 'PROCURATORATE'), ('public-security', 'PUBLIC_SECURITY'),
    ('justice', 'JUSTICE'), ('petitions', 'PETITIONS'), ('human-resources', 'HUMAN_RESOURCES'),
    ('housing', 'HOUSING'), ('civil-affairs', 'CIVIL_AFFAIRS'), ('womens-federation', 'WOMENS_FEDERATION'),
    ('veterans-affairs', 'VETERANS_AFFAIRS'), ('health', 'HEALTH'), ('education', 'EDUCATION'),
    ('natural-resources', 'NATURAL_RESOURCES'), ('market-regulation', 'MARKET_REGULATION'),
    ('emergency-management', 'EMERGENCY_MANAGEMENT'), ('lawyers', 'LAWYERS'),
    ('psychological-services', 'PSYCHOLOGICAL_SERVICES'), ('industry-mediation', 'INDUSTRY_MEDIATION'),
    ('arbitration', 'ARBITRATION_COMMISSION'), ('named-mediation-room', 'NAMED_MEDIATION_ROOM');

-- center_profile has no update policy (revisions are append-only for the application); the owner running this
-- migration lifts the forced row security for this transaction only.
alter table center_profile no force row level security;

update center_profile p
   set document = jsonb_set(p.document, '{departments}', (
           select coalesce(jsonb_agg(case when c.code is null then e
                                          else jsonb_set(e, '{department}', to_jsonb(c.code)) end
                                     order by o), '[]'::jsonb)
             from jsonb_array_elements(p.document -> 'departments') with ordinality as x (e, o)
             left join department_code_change c on c.former = e ->> 'department'))
 where jsonb_typeof(p.document -> 'departments') = 'array'
   and exists (select 1
                 from jsonb_array_elements(p.document -> 'departments') e
                 join department_code_change c on c.former = e ->> 'department');

do $$
declare
    unknown text;
begin
    select string_agg(distinct e ->> 'department', ', ') into unknown
      from center_profile p, jsonb_array_elements(p.document -> 'departments') e
     where jsonb_typeof(p.document -> 'departments') = 'array'
       and ((e ->> 'department') is null or (e ->> 'department') <> all (array[
               'COURT', 'PROCURATORATE', 'PUBLIC_SECURITY', 'JUSTICE', 'LEGAL_AID', 'NOTARY', 'PETITIONS',
               'HUMAN_RESOURCES', 'LABOUR_INSPECTION', 'LABOUR_ARBITRATION', 'HOUSING', 'WATER_AFFAIRS',
               'CIVIL_AFFAIRS', 'WOMENS_FEDERATION', 'VETERANS_AFFAIRS', 'HEALTH', 'MEDICAL_MEDIATION', 'EDUCATION',
               'NATURAL_RESOURCES', 'MARKET_REGULATION', 'EMERGENCY_MANAGEMENT', 'ECOLOGY_ENVIRONMENT',
               'PEOPLES_MEDIATION', 'LAWYERS', 'PSYCHOLOGICAL_SERVICES', 'INDUSTRY_MEDIATION',
               'ARBITRATION_COMMISSION', 'NAMED_MEDIATION_ROOM']));
    if unknown is not null then
        raise exception 'center profiles name departments outside the platform catalogue: %', unknown;
    end if;
end $$;

alter table center_profile force row level security;

-- The catalogue is code now; the table would be a second copy.
drop table department;
