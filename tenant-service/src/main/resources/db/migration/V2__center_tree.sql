-- Settings the platform's transaction manager puts on every transaction (see platform-starter,
-- TenantTransactionManager). Unset means "nobody": every policy below then shows nothing.
create function app_tenant() returns text language sql stable
    as $$ select nullif(current_setting('app.tenant', true), '') $$;
create function app_tenant_path() returns ltree language sql stable
    as $$ select nullif(current_setting('app.tenant_path', true), '')::ltree $$;
create function app_acting_tenant() returns text language sql stable
    as $$ select nullif(current_setting('app.acting_tenant', true), '') $$;
create function app_is_system() returns boolean language sql stable
    as $$ select coalesce(current_setting('app.system', true), '') = 'on' $$;

-- The center tree: every administrative division is a potential center.
--
-- A code's prefixes are its ancestors' codes, so a subtree is a range of codes: 1401 … 1401~ in byte order
-- (hence collate "C"). Queries select subtrees by that range on B-tree indexes rather than by ltree
-- operators: under row-level security PostgreSQL may only use leakproof operators in index conditions,
-- and text comparisons are leakproof while ltree's <@ is not. The ltree path serves the policies.
create table center (
    code               varchar(12) collate "C" primary key,
    name               text        not null,
    level              text        not null check (level in ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE')),
    parent_code        varchar(12) collate "C" references center (code),
    path               ltree       not null,
    status             text        not null default 'PLANNED' check (status in ('PLANNED', 'OPERATING', 'SUSPENDED')),
    display_name       text,
    address            text,
    opened_on          date,
    admin_username     text,
    onboarded_at       timestamptz,
    onboarded_by       text,
    status_reason      text,
    status_changed_at  timestamptz,
    status_changed_by  text,
    version            bigint      not null default 0,
    check (length(code) = case level when 'PROVINCE' then 2 when 'CITY' then 4 when 'COUNTY' then 6
                                     when 'TOWNSHIP' then 9 else 12 end)
);
create index center_parent_code on center (parent_code, code);
create index center_level_code on center (level, code);

-- Visible: one's own center, everything below it, and the chain above it. Never siblings or cousins.
alter table center enable row level security;
alter table center force row level security;
create policy center_read on center for select
    using (app_is_system() or path <@ app_tenant_path() or path @> app_tenant_path());
-- Changed: only strictly below the caller (a center does not onboard or suspend itself), or by the system.
create policy center_change on center for update
    using (app_is_system() or (path <@ app_tenant_path() and path <> app_tenant_path()))
    with check (app_is_system() or (path <@ app_tenant_path() and path <> app_tenant_path()));
create policy center_seed on center for insert with check (app_is_system());

-- What happened to each center, who did it and when (append-only).
create table center_event (
    id           bigserial   primary key,
    center_code  varchar(12) not null references center (code),
    center_path  ltree       not null,
    type         text        not null,
    detail       text,
    actor        text        not null,
    actor_center varchar(12) not null,
    occurred_at  timestamptz not null default now()
);
create index center_event_center on center_event (center_code, id);
alter table center_event enable row level security;
alter table center_event force row level security;
create policy center_event_read on center_event for select
    using (app_is_system() or center_path <@ app_tenant_path());
create policy center_event_write on center_event for insert
    with check (app_is_system() or center_path <@ app_tenant_path());
