-- Grids (网格化管理): the leaves below a village or community center. A grid's code is the village's
-- 12-digit code and a 3-digit grid number, never reused: re-gridding ends a grid (valid_to) and starts new
-- ones, so the history stays. Every table is readable by the village and the centers above it, and written
-- by the village itself only; siblings and cousins see nothing.
create table grid (
    id          bigserial   primary key,
    code        varchar(15) collate "C" not null unique check (code ~ '^[0-9]{15}$'),
    center_code varchar(12) collate "C" not null references center (code),
    center_path ltree       not null,
    name        text        not null,
    kind        text        not null check (kind in ('COMPREHENSIVE', 'DEDICATED')),
    covers      text        check (covers is null or covers in ('PARK', 'MARKET', 'SCHOOL', 'ENTERPRISE', 'OTHER')),
    households  int         not null check (households >= 0),
    boundary    text,
    valid_from  date        not null,
    valid_to    date,
    ended_reason text,
    created_by  text        not null,
    created_at  timestamptz not null default now(),
    check (left(code, 12) = center_code),
    check ((kind = 'DEDICATED') = (covers is not null)),
    check (valid_to is null or valid_to >= valid_from)
);
create index grid_center on grid (center_code, code);

-- The people of a grid: 网格长, 专职/兼职网格员, 网格指导员, each an account of the village's center.
create table grid_member (
    id          bigserial   primary key,
    grid_id     bigint      not null references grid (id),
    center_code varchar(12) collate "C" not null references center (code),
    center_path ltree       not null,
    username    text        not null,
    full_name   text        not null,
    role        text        not null check (role in ('GRID_HEAD', 'FULL_TIME', 'PART_TIME', 'INSTRUCTOR')),
    assigned_by text        not null,
    assigned_at timestamptz not null default now(),
    unique (grid_id, username)
);
create index grid_member_user on grid_member (center_code, username);

-- 十户联户: a group of households of a grid with its 联户长.
create table household_group (
    id          bigserial   primary key,
    grid_id     bigint      not null references grid (id),
    center_code varchar(12) collate "C" not null references center (code),
    center_path ltree       not null,
    leader_name text        not null,
    households  int         not null check (households > 0),
    created_by  text        not null,
    created_at  timestamptz not null default now()
);
create index household_group_grid on household_group (grid_id);

-- Patrol logs (巡查日志): one patrol of a grid by one of its members, started and ended on the phone.
create table patrol (
    id                 bigserial   primary key,
    grid_id            bigint      not null references grid (id),
    grid_code          varchar(15) collate "C" not null,
    center_code        varchar(12) collate "C" not null references center (code),
    center_path        ltree       not null,
    worker             text        not null,
    started_at         timestamptz not null,
    ended_at           timestamptz,
    households_visited int         check (households_visited is null or households_visited >= 0),
    note               text
);
create index patrol_center_started on patrol (center_code, started_at);
create index patrol_open on patrol (worker) where ended_at is null;

-- What a patrol found, by kind: resolved on the spot, or reported as a case (its code recorded).
create table patrol_finding (
    id           bigserial   primary key,
    patrol_id    bigint      not null references patrol (id),
    grid_code    varchar(15) collate "C" not null,
    center_code  varchar(12) collate "C" not null references center (code),
    center_path  ltree       not null,
    kind         text        not null check (kind in ('DISPUTE', 'SAFETY_HAZARD', 'PUBLIC_REQUEST', 'OTHER')),
    description  text        not null,
    outcome      text        check (outcome is null or outcome in ('RESOLVED_ON_SPOT', 'REPORTED')),
    resolution   text,
    case_code    varchar(24),
    recorded_by  text        not null,
    recorded_at  timestamptz not null,
    settled_at   timestamptz,
    check ((outcome = 'REPORTED') = (case_code is not null))
);
create index patrol_finding_patrol on patrol_finding (patrol_id, id);
create index patrol_finding_center on patrol_finding (center_code, recorded_at);

do $$
declare t text;
begin
    foreach t in array array['grid', 'grid_member', 'household_group', 'patrol', 'patrol_finding'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I for select using (app_is_system() or center_path <@ app_tenant_path())',
                       t || '_read', t);
        execute format('create policy %I on %I for insert with check (app_is_system() or center_code = app_tenant())',
                       t || '_insert', t);
        execute format('create policy %I on %I for update using (app_is_system() or center_code = app_tenant())'
                       || ' with check (app_is_system() or center_code = app_tenant())', t || '_update', t);
        execute format('create policy %I on %I for delete using (app_is_system() or center_code = app_tenant())',
                       t || '_delete', t);
    end loop;
end $$;
