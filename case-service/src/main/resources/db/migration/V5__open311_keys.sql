-- Open311 GeoReport v2 (the open standard for civic issue intake): API keys per center and channel, and
-- the requests that came in through them. Row-level security as everywhere: a center sees and changes its
-- own keys only — not its parent, not its children, not its siblings. The public endpoint finds a key by
-- its prefix as a system job (before it knows the center), then works as the key's center.
create table open311_key (
    id              uuid          primary key,
    center          division_code not null,
    channel         text          not null,
    label           text          not null,
    prefix          varchar(16)   not null unique,
    -- SHA-256 of the whole key, hex: the key itself is shown once at creation and never stored.
    key_hash        varchar(64)   not null,
    per_minute      integer       not null check (per_minute between 1 and 6000),
    created_at      timestamptz   not null,
    created_by      text          not null,
    revoked_at      timestamptz,
    revoked_by      text,
    last_used_at    timestamptz,
    requests        bigint        not null default 0
);
create index open311_key_center on open311_key (center, created_at desc);
alter table open311_key enable row level security;
alter table open311_key force row level security;
create policy open311_key_own on open311_key for all
    using (app_is_system() or center = app_acting_tenant())
    with check (app_is_system() or center = app_acting_tenant());

-- A case taken in through Open311: which key and channel, the service code and location as sent. Reads
-- through the API show the requests of the same center and channel only.
create table open311_request (
    case_id         uuid          primary key references cases (id),
    code            varchar(24)   not null unique,
    center          division_code not null,
    channel         text          not null,
    key_id          uuid          not null references open311_key (id),
    service_code    text          not null,
    lat             double precision,
    long            double precision,
    address         text,
    media_url       text,
    requested_at    timestamptz   not null
);
create index open311_request_channel on open311_request (center, channel, requested_at desc);
alter table open311_request enable row level security;
alter table open311_request force row level security;
create policy open311_request_own on open311_request for all
    using (app_is_system() or center = app_acting_tenant())
    with check (app_is_system() or center = app_acting_tenant());
