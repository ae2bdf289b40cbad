-- Departments now come from the platform's one catalogue (org.zongzhi.platform.department.Department in
-- platform-starter), shared with tenant-service's center profiles. The codes this service stored (COURT,
-- LABOUR_INSPECTION…) are the catalogue's codes, so nothing of ours is renamed; codes tenant-service used
-- before (court, human-resources…) are mapped in case any reached a task, and the migration refuses to
-- finish while a task names a code outside the catalogue, so no case reads back with a department nobody
-- can label. The lists are the catalogue as of this version.
select set_config('app.system', 'on', true);

update case_task t
   set department = m.code
  from (values ('court', 'COURT'), ('procuratorate', 'PROCURATORATE'), ('public-security', 'PUBLIC_SECURITY'),
               ('justice', 'JUSTICE'), ('petitions', 'PETITIONS'), ('human-resources', 'HUMAN_RESOURCES'),
               ('housing', 'HOUSING'), ('civil-affairs', 'CIVIL_AFFAIRS'),
               ('womens-federation', 'WOMENS_FEDERATION'), ('veterans-affairs', 'VETERANS_AFFAIRS'),
               ('health', 'HEALTH'), ('education', 'EDUCATION'), ('natural-resources', 'NATURAL_RESOURCES'),
               ('market-regulation', 'MARKET_REGULATION'), ('emergency-management', 'EMERGENCY_MANAGEMENT'),
               ('lawyers', 'LAWYERS'), ('psychological-services', 'PSYCHOLOGICAL_SERVICES'),
               ('industry-mediation', 'INDUSTRY_MEDIATION'), ('arbitration', 'ARBITRATION_COMMISSION'),
               ('named-mediation-room', 'NAMED_MEDIATION_ROOM')) as m (former, code)
 where t.department = m.former;

do $$
declare
    unknown text;
begin
    select string_agg(distinct department, ', ') into unknown
      from case_task
     where department is not null
       and department not in ('COURT', 'PROCURATORATE', 'PUBLIC_SECURITY', 'JUSTICE', 'LEGAL_AID', 'NOTARY',
                              'PETITIONS', 'HUMAN_RESOURCES', 'LABOUR_INSPECTION', 'LABOUR_ARBITRATION',
                              'HOUSING', 'WATER_AFFAIRS', 'CIVIL_AFFAIRS', 'WOMENS_FEDERATION',
                              'VETERANS_AFFAIRS', 'HEALTH', 'MEDICAL_MEDIATION', 'EDUCATION',
                              'NATURAL_RESOURCES', 'MARKET_REGULATION', 'EMERGENCY_MANAGEMENT',
                              'ECOLOGY_ENVIRONMENT', 'PEOPLES_MEDIATION', 'LAWYERS', 'PSYCHOLOGICAL_SERVICES',
                              'INDUSTRY_MEDIATION', 'ARBITRATION_COMMISSION', 'NAMED_MEDIATION_ROOM');
    if unknown is not null then
        raise exception 'case_task names departments outside the platform catalogue: %', unknown;
    end if;
end $$;

select set_config('app.system', '', true);
