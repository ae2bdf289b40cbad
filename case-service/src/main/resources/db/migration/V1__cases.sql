-- The case-service's store. Every table has row-level security, enabled and forced, keyed on the settings
-- the platform's transaction manager puts on every transaction (platform-starter, TenantTransactionManager):
--   app.tenant / app.tenant_path   the caller's center and its ltree path (reading)
--   app.acting_tenant              the center the work is done for (writing; the caller's own center here)
--   app.system                     'on' inside a system job (warning scan, outbox relay, citizen lookup)
-- Unset settings mean "nobody": every policy then shows and allows nothing.
create extension if not exists ltree;

create function app_tenant_path() returns ltree language sql stable
    as $$ select nullif(current_setting('app.tenant_path', true), '')::ltree $$;
create function app_acting_tenant() returns text language sql stable
    as $$ select nullif(current_setting('app.acting_tenant', true), '') $$;
create function app_is_system() returns boolean language sql stable
    as $$ select coalesce(current_setting('app.system', true), '') = 'on' $$;
-- The root a caller reads below: its own center's path, or the empty path (everything) for system jobs.
-- One indexable operator in the policies instead of "system or path": the GiST index stays usable.
create function app_reading_path() returns ltree language sql stable
    as $$ select case when app_is_system() then ''::ltree else app_tenant_path() end $$;

-- Division codes carry their ancestors as prefixes (14 > 1404 > 140404 > 140404001 > 140404001001),
-- so paths and parents are derived from the code alone.
create function division_path(code text) returns ltree language sql immutable strict parallel safe
    as $$ select text2ltree(string_agg(left(code, l), '.' order by l))
          from unnest(array[2, 4, 6, 9, 12]) as l where l <= length(code) $$;
create function division_paths(codes text[]) returns ltree[] language sql immutable strict parallel safe
    as $$ select coalesce(array_agg(division_path(c) order by n), '{}')
          from unnest(codes) with ordinality as t(c, n) $$;
create function division_parent(code text) returns text language sql immutable strict parallel safe
    as $$ select case length(code) when 12 then left(code, 9) when 9 then left(code, 6)
                                   when 6 then left(code, 4) when 4 then left(code, 2) end $$;
create domain division_code as varchar(12) check (value ~ '^[0-9]+$' and length(value) in (2, 4, 6, 9, 12));

-- ------------------------------------------------------------------------------------------------ cases
create table cases (
    id                      uuid          primary key,
    code                    varchar(24)   not null unique,
    origin                  division_code not null,
    holder                  division_code not null,
    custody                 varchar(12)[] not null,
    origin_path             ltree         generated always as (division_path(origin)) stored,
    holder_path             ltree         generated always as (division_path(holder)) stored,
    custody_paths           ltree[]       generated always as (division_paths(custody::text[])) stored,
    channel                 text          not null,
    category                text          not null,
    title                   text          not null,
    description             text          not null,
    place                   text,
    group_size              integer       not null,
    violence_risk           boolean       not null,
    vulnerable_parties      boolean       not null,
    sensitive_period        boolean       not null,
    risk_level              text          not null,
    risk_reasons            text[]        not null,
    status                  text          not null,
    first_responder         text          not null,
    responsible             text          not null,
    transfer_kind           text,
    transfer_from           division_code,
    transfer_to             division_code,
    transfer_reason         text,
    transfer_at             timestamptz,
    transfer_by             text,
    transfer_status_before  text,
    outcome_kind            text,
    outcome                 jsonb,
    step_limit              text,
    step_started_at         timestamptz,
    blue_at                 timestamptz,
    yellow_at               timestamptz,
    due_at                  timestamptz,
    warning                 text          not null,
    next_warning_at         timestamptz,
    secret_hash             varchar(64)   not null,
    snapshot                jsonb         not null,
    created_at              timestamptz   not null,
    filed_at                timestamptz,
    file_due_at             timestamptz   not null,
    close_due_at            timestamptz,
    updated_at              timestamptz   not null,
    closed_at               timestamptz,
    archived_at             timestamptz,
    version                 bigint        not null,
    check (custody[1] = origin and holder = any (custody))
);
create index cases_custody_paths on cases using gist (custody_paths);
create index cases_holder_path on cases using gist (holder_path);
create index cases_origin_path on cases using gist (origin_path);
create index cases_created on cases (created_at desc, id);
create index cases_holder_status on cases (holder, status);
-- The warning scan reads only the cases whose colour is due to change.
create index cases_next_warning on cases (next_warning_at) where next_warning_at is not null;

-- What never changes once a case exists, whoever holds it.
create function cases_keep_identity() returns trigger language plpgsql as $$
begin
    if new.id <> old.id or new.code <> old.code or new.origin <> old.origin or new.created_at <> old.created_at
       or new.secret_hash <> old.secret_hash or new.custody[1:array_length(old.custody, 1)] <> old.custody then
        raise exception 'a case''s id, code, origin, creation time, secret and custody trail cannot be rewritten';
    end if;
    return new;
end $$;
create trigger cases_keep_identity before update on cases for each row execute function cases_keep_identity();

alter table cases enable row level security;
alter table cases force row level security;
-- Read: every center that has held the case (its custody trail, from the origin on) and every center
-- above one of them. Siblings and cousins see nothing.
create policy cases_read on cases for select
    using (custody_paths <@ app_reading_path());
-- Take in: only at the caller's own center, which is origin, holder and the whole trail.
create policy cases_intake on cases for insert
    with check (app_is_system()
                or (holder = app_acting_tenant() and origin = app_acting_tenant()
                    and custody::text[] = array[origin::text]));
-- Change: only the holder; the changed row may move only up or down the holder's own line (escalate to
-- the parent, refer below, return to the sender), never sideways.
create policy cases_change on cases for update
    using (app_is_system() or holder = app_acting_tenant())
    with check (app_is_system()
                or division_path(holder) <@ division_path(app_acting_tenant())
                or division_path(holder) @> division_path(app_acting_tenant()));
create policy cases_remove on cases for delete
    using (app_is_system());

-- The center's running numbers for case codes, per day.
create table case_code_sequence (
    center division_code not null,
    day    date          not null,
    last   integer       not null,
    primary key (center, day)
);
alter table case_code_sequence enable row level security;
alter table case_code_sequence force row level security;
create policy case_code_sequence_own on case_code_sequence for all
    using (app_is_system() or center = app_acting_tenant())
    with check (app_is_system() or center = app_acting_tenant());

-- ------------------------------------------------------------------------------ a case's own records
-- Rows that belong to a case carry no tenant of their own: they are visible exactly when their case is,
-- and written only while the caller's center holds it.
create function case_visible(case_id uuid) returns boolean language sql stable
    as $$ select exists (select 1 from cases c where c.id = case_id) $$;
create function case_held(case_id uuid) returns boolean language sql stable
    as $$ select app_is_system()
              or exists (select 1 from cases c where c.id = case_id and c.holder = app_acting_tenant()) $$;

-- Parties: national ID numbers and phones encrypted (AES-GCM) with a keyed blind index for lookups and
-- a masked form for display. Recorded at intake, never rewritten.
create table case_party (
    id               uuid        primary key,
    case_id          uuid        not null references cases (id),
    position         integer     not null,
    role             text        not null,
    kind             text        not null,
    name             text        not null,
    address          text,
    vulnerabilities  text[]      not null,
    id_number_enc    bytea,
    id_number_masked text,
    id_number_index  varchar(64),
    phone_enc        bytea,
    phone_masked     text,
    phone_index      varchar(64)
);
create index case_party_case on case_party (case_id, position);
create index case_party_id_number on case_party (id_number_index) where id_number_index is not null;
create index case_party_phone on case_party (phone_index) where phone_index is not null;
alter table case_party enable row level security;
alter table case_party force row level security;
create policy case_party_read on case_party for select using (case_visible(case_id));
create policy case_party_record on case_party for insert with check (case_held(case_id));

-- Work given to departments and mediators, and each consulted department's part.
create table case_task (
    id               uuid        primary key,
    case_id          uuid        not null references cases (id),
    kind             text        not null,
    department       text,
    mediator         text,
    note             text,
    assigned_at      timestamptz not null,
    assigned_by      text        not null,
    accepted_at      timestamptz,
    accepted_by      text,
    part             text,
    part_recorded_at timestamptz,
    part_recorded_by text
);
create index case_task_case on case_task (case_id, assigned_at);
alter table case_task enable row level security;
alter table case_task force row level security;
create policy case_task_read on case_task for select using (case_visible(case_id));
create policy case_task_record on case_task for insert with check (case_held(case_id));
create policy case_task_change on case_task for update using (case_held(case_id)) with check (case_held(case_id));

create table case_follow_up (
    id           uuid          primary key,
    case_id      uuid          not null references cases (id),
    kind         text          not null,
    satisfaction text          not null,
    note         text,
    at           timestamptz   not null,
    by_user      text          not null,
    center       division_code not null
);
create index case_follow_up_case on case_follow_up (case_id, at);
alter table case_follow_up enable row level security;
alter table case_follow_up force row level security;
create policy case_follow_up_read on case_follow_up for select using (case_visible(case_id));
create policy case_follow_up_record on case_follow_up for insert with check (case_held(case_id));

create table case_note (
    id        bigserial     primary key,
    case_id   uuid          not null references cases (id),
    at        timestamptz   not null,
    by_user   text          not null,
    center    division_code not null,
    text      text          not null,
    is_public boolean       not null
);
create index case_note_case on case_note (case_id, id);
alter table case_note enable row level security;
alter table case_note force row level security;
create policy case_note_read on case_note for select using (case_visible(case_id));
create policy case_note_record on case_note for insert with check (case_held(case_id));

-- Supervision orders (督办单): issued by the warning scan (a system job) in the name of the holder's
-- parent; answered by the center holding the case. Both see it, as both see the case.
create table case_supervision (
    id            uuid          primary key,
    case_id       uuid          not null references cases (id),
    issuer        division_code not null,
    target        division_code not null,
    reason        text          not null,
    issued_at     timestamptz   not null,
    response_due  timestamptz   not null,
    response      text,
    responded_at  timestamptz,
    responded_by  text
);
create index case_supervision_case on case_supervision (case_id, issued_at);
create index case_supervision_open on case_supervision (issuer, response_due) where responded_at is null;
alter table case_supervision enable row level security;
alter table case_supervision force row level security;
create policy case_supervision_read on case_supervision for select using (case_visible(case_id));
create policy case_supervision_issue on case_supervision for insert with check (app_is_system());
create policy case_supervision_answer on case_supervision for update
    using (case_held(case_id)) with check (case_held(case_id));

-- ------------------------------------------------------------------------------------- the timeline
-- Append-only: there is no update or delete policy, and the privileges are revoked as well, so a row
-- once written stays as it was (who, which center, when, what).
create table case_timeline (
    id           bigserial     primary key,
    case_id      uuid          not null references cases (id),
    at           timestamptz   not null,
    actor        text          not null,
    actor_center division_code not null,
    action       text          not null,
    summary      text          not null,
    from_status  text,
    to_status    text          not null
);
create index case_timeline_case on case_timeline (case_id, id);
alter table case_timeline enable row level security;
alter table case_timeline force row level security;
create policy case_timeline_read on case_timeline for select using (case_visible(case_id));
create policy case_timeline_append on case_timeline for insert
    with check (app_is_system() or (actor_center = app_acting_tenant() and case_held(case_id)));
revoke update, delete, truncate on case_timeline from current_user;

-- ---------------------------------------------------------------------------------------- the outbox
-- Every change's event, written in the change's transaction; the relay (a system job) publishes them to
-- the Redis stream in order per case and marks them published.
create table case_outbox (
    seq           bigserial     primary key,
    id            uuid          not null unique,
    type          text          not null,
    tenant        division_code not null,
    aggregate_id  uuid          not null,
    version       bigint        not null,
    occurred_at   timestamptz   not null,
    request_id    text,
    payload       jsonb         not null,
    published_at  timestamptz
);
create index case_outbox_pending on case_outbox (seq) where published_at is null;
create index case_outbox_pending_case on case_outbox (aggregate_id, seq) where published_at is null;
alter table case_outbox enable row level security;
alter table case_outbox force row level security;
create policy case_outbox_write on case_outbox for insert
    with check (app_is_system() or tenant = app_acting_tenant());
create policy case_outbox_relay on case_outbox for all
    using (app_is_system()) with check (app_is_system());

-- ------------------------------------------------------------------------------- unmasked reads audit
create table case_disclosure (
    id            bigserial     primary key,
    at            timestamptz   not null,
    reader        text          not null,
    reader_center division_code not null,
    reader_path   ltree         generated always as (division_path(reader_center)) stored,
    case_id       uuid          not null references cases (id),
    party_id      uuid          not null references case_party (id),
    fields        text          not null,
    purpose       text          not null,
    request_id    text
);
create index case_disclosure_case on case_disclosure (case_id, id);
create index case_disclosure_reader_path on case_disclosure using gist (reader_path);
alter table case_disclosure enable row level security;
alter table case_disclosure force row level security;
-- Read by the reader's center and the centers above it (auditors), write only for a case one holds.
create policy case_disclosure_read on case_disclosure for select
    using (reader_path <@ app_reading_path());
create policy case_disclosure_record on case_disclosure for insert
    with check (reader_center = app_acting_tenant() and case_held(case_id));
revoke update, delete, truncate on case_disclosure from current_user;

-- ------------------------------------------------------------------------------- idempotent intake
create table case_intake_key (
    center          division_code not null,
    idempotency_key varchar(64)   not null,
    fingerprint     varchar(64)   not null,
    case_id         uuid          references cases (id),
    secret_enc      bytea,
    created_at      timestamptz   not null,
    primary key (center, idempotency_key)
);
alter table case_intake_key enable row level security;
alter table case_intake_key force row level security;
create policy case_intake_key_own on case_intake_key for all
    using (app_is_system() or center = app_acting_tenant())
    with check (app_is_system() or center = app_acting_tenant());
