-- Departments that can be resident in a center (入驻部门) and the social forces that join them.
create table department (
    code     text primary key,
    name_zh  text not null,
    name_en  text not null,
    kind     text not null check (kind in ('STATE', 'SOCIAL_FORCE')),
    position int  not null
);
insert into department (code, name_zh, name_en, kind, position) values
    ('court',                  '法院',             'People''s court',                           'STATE', 1),
    ('procuratorate',          '检察院',           'Procuratorate',                             'STATE', 2),
    ('public-security',        '公安',             'Public security',                           'STATE', 3),
    ('justice',                '司法局',           'Justice bureau (legal aid, notary)',        'STATE', 4),
    ('petitions',              '信访局',           'Petitions bureau',                          'STATE', 5),
    ('human-resources',        '人社局',           'Human resources and social security',       'STATE', 6),
    ('housing',                '住建局',           'Housing and urban-rural development',       'STATE', 7),
    ('civil-affairs',          '民政局',           'Civil affairs',                             'STATE', 8),
    ('womens-federation',      '妇联',             'Women''s federation',                       'STATE', 9),
    ('veterans-affairs',       '退役军人事务局',   'Veterans affairs',                          'STATE', 10),
    ('health',                 '卫健局',           'Health (medical-dispute committee)',        'STATE', 11),
    ('education',              '教育局',           'Education',                                 'STATE', 12),
    ('natural-resources',      '自然资源局',       'Natural resources',                         'STATE', 13),
    ('market-regulation',      '市场监管局',       'Market regulation',                         'STATE', 14),
    ('emergency-management',   '应急管理局',       'Emergency management',                      'STATE', 15),
    ('lawyers',                '律师',             'Lawyers',                                   'SOCIAL_FORCE', 16),
    ('psychological-services', '心理服务',         'Psychological services',                    'SOCIAL_FORCE', 17),
    ('industry-mediation',     '行业性专业性调解组织', 'Industry mediation committees',          'SOCIAL_FORCE', 18),
    ('arbitration',            '仲裁机构',         'Arbitration bodies',                        'SOCIAL_FORCE', 19),
    ('named-mediation-room',   '品牌调解室',       'Named mediation rooms (老法官调解室, 五老调解室)', 'SOCIAL_FORCE', 20);

-- A center's declared profile (premises, staff, departments, mechanisms), one row per revision:
-- the newest revision is the profile, the older ones are who changed what and when.
create table center_profile (
    id          bigserial   primary key,
    tenant_id   varchar(12) not null references center (code),
    revision    int         not null,
    center_path ltree       not null,
    document    jsonb       not null,
    changed_by  text        not null,
    changed_at  timestamptz not null default now(),
    unique (tenant_id, revision)
);
alter table center_profile enable row level security;
alter table center_profile force row level security;
-- Readable by the center itself and every center above it; written only by the center itself.
create policy center_profile_read on center_profile for select
    using (app_is_system() or center_path <@ app_tenant_path());
create policy center_profile_write on center_profile for insert
    with check (app_is_system() or tenant_id = app_tenant());
