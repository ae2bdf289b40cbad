-- Conformance with the standard (规范化建设): versions of the standard, tailorings by cities and counties,
-- assessment rounds with one assessment per center, evidence files, rectification tasks.
-- Every row that belongs to a center carries its path; policies show a center's rows to it and to the
-- centers above it, never to siblings or cousins.

-- The province's standard, one row per version. Every signed-in center reads it; only the province writes.
create table standard_version (
    number         int         primary key,
    status         text        not null check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
    effective_from date,
    document       jsonb       not null,
    created_by     text        not null,
    created_at     timestamptz not null default now(),
    published_by   text,
    published_at   timestamptz,
    retired_by     text,
    retired_at     timestamptz
);
alter table standard_version enable row level security;
alter table standard_version force row level security;
create policy standard_version_read on standard_version for select
    using (app_is_system() or app_tenant() is not null);
create policy standard_version_insert on standard_version for insert
    with check (app_is_system() or length(app_tenant()) = 2);
create policy standard_version_update on standard_version for update
    using (app_is_system() or length(app_tenant()) = 2)
    with check (app_is_system() or length(app_tenant()) = 2);
-- A published or retired version never changes its content, whoever asks.
create function standard_version_immutable() returns trigger language plpgsql as $$
begin
    if old.status <> 'DRAFT' and new.document is distinct from old.document then
        raise exception 'standard version % is % and its content never changes', old.number, old.status;
    end if;
    return new;
end $$;
create trigger standard_version_immutable before update on standard_version
    for each row execute function standard_version_immutable();

-- A city's or county's tailoring of one published version (items added, thresholds tightened). Read by
-- the owner, the centers above it and the centers below it (whose standard it is); written by the owner.
create table standard_tailoring (
    id             bigserial   primary key,
    version_number int         not null references standard_version (number),
    owner_code     varchar(12) collate "C" not null references center (code),
    owner_path     ltree       not null,
    document       jsonb       not null,
    revision       int         not null default 1,
    changed_by     text        not null,
    changed_at     timestamptz not null default now(),
    unique (version_number, owner_code)
);
alter table standard_tailoring enable row level security;
alter table standard_tailoring force row level security;
create policy standard_tailoring_read on standard_tailoring for select
    using (app_is_system() or owner_path <@ app_tenant_path() or owner_path @> app_tenant_path());
create policy standard_tailoring_insert on standard_tailoring for insert
    with check (app_is_system() or owner_code = app_tenant());
create policy standard_tailoring_update on standard_tailoring for update
    using (app_is_system() or owner_code = app_tenant())
    with check (app_is_system() or owner_code = app_tenant());

-- A round opened by a province, city or county for its subtree: a period, a pinned version, the levels.
create table assessment_round (
    id             bigserial   primary key,
    owner_code     varchar(12) collate "C" not null references center (code),
    owner_path     ltree       not null,
    title          text        not null,
    version_number int         not null references standard_version (number),
    period_from    date        not null,
    period_to      date        not null,
    cutoff         timestamptz not null,
    levels         text[]      not null,
    computed_at    timestamptz,
    computation    jsonb,
    created_by     text        not null,
    created_at     timestamptz not null default now()
);
create index assessment_round_owner on assessment_round (owner_code, id);
alter table assessment_round enable row level security;
alter table assessment_round force row level security;
create policy assessment_round_read on assessment_round for select
    using (app_is_system() or owner_path <@ app_tenant_path() or owner_path @> app_tenant_path());
create policy assessment_round_insert on assessment_round for insert
    with check (app_is_system() or owner_code = app_tenant());
create policy assessment_round_update on assessment_round for update
    using (app_is_system() or owner_code = app_tenant())
    with check (app_is_system() or owner_code = app_tenant());

-- The items as they apply to one level under one chain of tailorings, snapshotted when the round opens:
-- later tailorings or versions never change a round's items.
create table assessment_template (
    id       bigserial primary key,
    round_id bigint    not null references assessment_round (id),
    level    text      not null,
    chain    text      not null,
    items    jsonb     not null,
    unique (round_id, level, chain)
);
alter table assessment_template enable row level security;
alter table assessment_template force row level security;
create policy assessment_template_read on assessment_template for select
    using (app_is_system() or exists (select 1 from assessment_round r where r.id = round_id));
create policy assessment_template_insert on assessment_template for insert
    with check (app_is_system() or exists (select 1 from assessment_round r where r.id = round_id
                                           and r.owner_code = app_tenant()));

-- One center's assessment in a round. entries: per item code, the center's answer, note and evidence,
-- the parent's verdict, the computed value. The scorecard and its totals are frozen when it becomes FINAL.
create table assessment (
    id             bigserial   primary key,
    round_id       bigint      not null references assessment_round (id),
    template_id    bigint      not null references assessment_template (id),
    center_code    varchar(12) collate "C" not null references center (code),
    center_path    ltree       not null,
    level          text        not null,
    version_number int         not null,
    status         text        not null default 'OPEN'
                               check (status in ('OPEN', 'SUBMITTED', 'RETURNED', 'REVIEWED', 'FINAL')),
    entries        jsonb       not null default '{}',
    comments       text,
    scorecard      jsonb,
    points         numeric(10, 2),
    awarded        numeric(10, 2),
    percent        numeric(5, 2),
    grade          text,
    passing        boolean,
    finalized_at   timestamptz,
    updated_at     timestamptz not null default now(),
    unique (round_id, center_code)
);
create index assessment_round_center on assessment (round_id, center_code);
create index assessment_final on assessment (version_number, level, center_code) where status = 'FINAL';
create index assessment_center on assessment (center_code, id);
alter table assessment enable row level security;
alter table assessment force row level security;
create policy assessment_read on assessment for select
    using (app_is_system() or center_path <@ app_tenant_path());
create policy assessment_insert on assessment for insert
    with check (app_is_system() or center_path <@ app_tenant_path());
create policy assessment_update on assessment for update
    using (app_is_system() or center_path <@ app_tenant_path())
    with check (app_is_system() or center_path <@ app_tenant_path());
-- A final assessment never changes.
create function assessment_final_immutable() returns trigger language plpgsql as $$
begin
    if old.status = 'FINAL' then
        raise exception 'assessment % is FINAL and never changes', old.id;
    end if;
    return new;
end $$;
create trigger assessment_final_immutable before update on assessment
    for each row execute function assessment_final_immutable();

-- Every change of an assessment: state changes, answers, verdicts, computations (append-only).
create table assessment_event (
    id            bigserial   primary key,
    assessment_id bigint      not null references assessment (id),
    center_path   ltree       not null,
    action        text        not null,
    from_status   text,
    to_status     text,
    item_code     text,
    detail        text,
    actor         text        not null,
    actor_center  varchar(12) not null,
    occurred_at   timestamptz not null default now()
);
create index assessment_event_assessment on assessment_event (assessment_id, id);
alter table assessment_event enable row level security;
alter table assessment_event force row level security;
create policy assessment_event_read on assessment_event for select
    using (app_is_system() or center_path <@ app_tenant_path());
create policy assessment_event_insert on assessment_event for insert
    with check (app_is_system() or center_path <@ app_tenant_path());

-- A rectification task (整改) for a failed item, due in working days, closed when the inspector verifies.
create table rectification_task (
    id                   bigserial   primary key,
    assessment_id        bigint      not null references assessment (id),
    round_id             bigint      not null references assessment_round (id),
    center_code          varchar(12) collate "C" not null references center (code),
    center_path          ltree       not null,
    inspector_code       varchar(12) collate "C" not null,
    item_code            text        not null,
    requirement          text        not null,
    status               text        not null default 'OPEN' check (status in ('OPEN', 'SUBMITTED', 'VERIFIED')),
    working_days         int         not null,
    started_at           timestamptz not null,
    blue_at              timestamptz not null,
    yellow_at            timestamptz not null,
    due_at               timestamptz not null,
    colour               text        not null default 'NONE',
    supervised_at        timestamptz,
    supervision_order    text,
    response             text,
    submitted_at         timestamptz,
    verified_by          text,
    verified_at          timestamptz,
    verification_comment text,
    history              jsonb       not null default '[]',
    created_by           text        not null,
    created_at           timestamptz not null default now(),
    unique (assessment_id, item_code)
);
create index rectification_task_center on rectification_task (center_code, status);
create index rectification_task_open on rectification_task (due_at) where status <> 'VERIFIED';
alter table rectification_task enable row level security;
alter table rectification_task force row level security;
create policy rectification_task_read on rectification_task for select
    using (app_is_system() or center_path <@ app_tenant_path());
create policy rectification_task_insert on rectification_task for insert
    with check (app_is_system() or (center_path <@ app_tenant_path() and center_code <> app_tenant()));
create policy rectification_task_update on rectification_task for update
    using (app_is_system() or center_path <@ app_tenant_path())
    with check (app_is_system() or center_path <@ app_tenant_path());

-- Evidence files, for an assessment item or a rectification task, with their SHA-256. Read by the center
-- and the centers above it; uploaded only by the center itself.
create table evidence_file (
    id            bigserial   primary key,
    center_code   varchar(12) collate "C" not null references center (code),
    center_path   ltree       not null,
    assessment_id bigint      references assessment (id),
    task_id       bigint      references rectification_task (id),
    item_code     text        not null,
    filename      text        not null,
    content_type  text        not null,
    size_bytes    int         not null,
    sha256        char(64)    not null,
    content       bytea       not null,
    uploaded_by   text        not null,
    uploaded_at   timestamptz not null default now(),
    check (assessment_id is not null or task_id is not null)
);
create index evidence_file_assessment on evidence_file (assessment_id);
create index evidence_file_task on evidence_file (task_id);
alter table evidence_file enable row level security;
alter table evidence_file force row level security;
create policy evidence_file_read on evidence_file for select
    using (app_is_system() or center_path <@ app_tenant_path());
create policy evidence_file_insert on evidence_file for insert
    with check (app_is_system() or center_code = app_tenant());
