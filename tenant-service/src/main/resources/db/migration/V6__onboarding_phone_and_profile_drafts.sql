-- The first admin's phone, as given at onboarding (printed on the 开通通知单 and shown to the level above).
alter table center add column admin_phone text;

-- Which center wrote each profile revision: the center itself, or the level that onboarded it drafting the
-- profile while the center is being set up. Null: written before this column existed, by the center itself
-- (kept nullable so a tenant-service still running the previous version can write while this one rolls out).
alter table center_profile add column changed_by_center varchar(12);
update center_profile set changed_by_center = tenant_id where changed_by_center is null;

-- Written by the center itself, or by a center above it acting for it (the application allows that only to
-- the level that onboarded the center, and only until the center's own admins have saved a revision).
drop policy center_profile_write on center_profile;
create policy center_profile_write on center_profile for insert
    with check (app_is_system() or tenant_id = app_tenant()
                or (tenant_id = app_acting_tenant() and center_path <@ app_tenant_path()));
