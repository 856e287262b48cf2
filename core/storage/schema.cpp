#include "migration.h"

// Schema of the office database. Enumerations are checked with OR chains, not IN lists:
// SQLite evaluates a CHECK's IN list through a temporary table on every insert.
// Times are integer milliseconds since the Unix epoch (UTC);
// money is integer fen; ids are UUIDv7 text. Personal data rules (DESIGN.md §8): resident ids
// exist only sealed (libsodium) plus a keyed blind index; raw lead payloads are sealed too.
namespace shoulou::storage {

namespace {

const char *const kV1 = R"SQL(
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE office (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  created_at INTEGER NOT NULL
);

CREATE TABLE project (
  id         TEXT PRIMARY KEY,
  office_id  TEXT NOT NULL REFERENCES office(id),
  name       TEXT NOT NULL,
  city       TEXT,
  address    TEXT,
  created_at INTEGER NOT NULL
);

CREATE TABLE building (
  id              TEXT PRIMARY KEY,
  project_id      TEXT NOT NULL REFERENCES project(id),
  name            TEXT NOT NULL,
  floors          INTEGER NOT NULL CHECK (floors > 0),
  units_per_floor INTEGER NOT NULL CHECK (units_per_floor > 0)
);

CREATE TABLE layout (
  id           TEXT PRIMARY KEY,
  project_id   TEXT NOT NULL REFERENCES project(id),
  name         TEXT NOT NULL,
  bedrooms     INTEGER NOT NULL,
  area_dm2     INTEGER NOT NULL   -- building area in 0.01 m²
);

CREATE TABLE unit (
  id             TEXT PRIMARY KEY,
  building_id    TEXT NOT NULL REFERENCES building(id),
  layout_id      TEXT REFERENCES layout(id),
  floor          INTEGER NOT NULL,
  number         TEXT NOT NULL,
  area_dm2       INTEGER NOT NULL,
  list_price_fen INTEGER NOT NULL CHECK (list_price_fen >= 0),
  status         TEXT NOT NULL DEFAULT 'available'
                 CHECK (status = 'available' OR status = 'held' OR status = 'reserved' OR status = 'subscribed' OR status = 'contracted'),
  UNIQUE (building_id, number)
);

CREATE TABLE app_user (
  id           TEXT PRIMARY KEY,
  office_id    TEXT REFERENCES office(id),
  login        TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  role         TEXT NOT NULL CHECK (role = 'kiosk' OR role = 'consultant' OR role = 'manager' OR role = 'channel' OR role = 'admin'),
  active       INTEGER NOT NULL DEFAULT 1,
  created_at   INTEGER NOT NULL
);

-- default_weight_permille: the channel's default contribution weight (0.4 → 400).
CREATE TABLE channel (
  id                      TEXT PRIMARY KEY,
  code                    TEXT NOT NULL UNIQUE,
  name                    TEXT NOT NULL UNIQUE,
  kind                    TEXT NOT NULL CHECK (kind = 'online' OR kind = 'agency' OR kind = 'walk_in' OR kind = 'referral' OR kind = 'other'),
  default_weight_permille INTEGER NOT NULL CHECK (default_weight_permille BETWEEN 0 AND 1000),
  created_at              INTEGER NOT NULL
);
CREATE TABLE channel_alias (
  alias      TEXT PRIMARY KEY,   -- lower-cased, NFKC
  channel_id TEXT NOT NULL REFERENCES channel(id)
) WITHOUT ROWID;

-- The resolved person. merged_into/root_id form the union-find forest of DESIGN.md §4:
-- a merged customer is a redirect tombstone (merged_into set), never deleted.
CREATE TABLE customer (
  id                TEXT PRIMARY KEY,
  name              TEXT NOT NULL,
  name_key          TEXT NOT NULL,
  pinyin            TEXT NOT NULL,
  initials          TEXT NOT NULL,
  grade             TEXT CHECK (grade = 'A' OR grade = 'B' OR grade = 'C' OR grade = 'D'),
  status            TEXT NOT NULL DEFAULT 'new'
                    CHECK (status = 'new' OR status = 'following' OR status = 'visited' OR status = 'subscribed' OR status = 'contracted' OR status = 'invalid' OR status = 'pool'),
  owner_id          TEXT REFERENCES app_user(id),
  requirement       TEXT,                 -- JSON: budget_fen, layout, area_m2, note
  tags              TEXT,                 -- JSON array
  first_seen_at     INTEGER NOT NULL,     -- seniority: the earliest touch decides the survivor
  first_seen_key    TEXT NOT NULL,        -- tie-break for equal times, independent of arrival order
  name_rank         TEXT NOT NULL DEFAULT '', -- seniority of the lead the name came from; '!' = typed by a person
  merged_into       TEXT REFERENCES customer(id),
  root_id           TEXT NOT NULL,
  last_follow_up_at INTEGER,
  next_follow_up_at INTEGER,
  created_at        INTEGER NOT NULL,
  updated_at        INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX customer_root ON customer(root_id);
CREATE INDEX customer_merged_into ON customer(merged_into) WHERE merged_into IS NOT NULL;
CREATE INDEX customer_name_key ON customer(name_key) WHERE merged_into IS NULL;
CREATE INDEX customer_pinyin ON customer(pinyin) WHERE merged_into IS NULL;
CREATE INDEX customer_initials ON customer(initials) WHERE merged_into IS NULL;
CREATE INDEX customer_owner ON customer(owner_id, next_follow_up_at) WHERE owner_id IS NOT NULL AND merged_into IS NULL;

-- Identity keys are unique across the office: a key belongs to exactly one customer (the one
-- it was first seen on); lookups follow root_id to the live customer.
CREATE TABLE customer_phone (
  match_key   TEXT PRIMARY KEY,          -- e164[;ext=N]
  customer_id TEXT NOT NULL REFERENCES customer(id),
  e164        TEXT NOT NULL,
  extension   TEXT,
  kind        TEXT NOT NULL CHECK (kind = 'mobile' OR kind = 'landline' OR kind = 'service' OR kind = 'foreign'),
  digits      TEXT NOT NULL,             -- national digits, for fragment search
  soft_a      TEXT,                      -- name_key|first 6 digits: one-digit-apart suggestions
  soft_b      TEXT,                      -- name_key|last 5 digits
  raw         TEXT,
  created_at  INTEGER NOT NULL
);
CREATE INDEX customer_phone_customer ON customer_phone(customer_id);
-- Covering (digits, customer_id): a soft-match probe never reads the table.
CREATE INDEX customer_phone_soft_a ON customer_phone(soft_a, digits, customer_id) WHERE soft_a IS NOT NULL;
CREATE INDEX customer_phone_soft_b ON customer_phone(soft_b, digits, customer_id) WHERE soft_b IS NOT NULL;
-- Any ≥ 3-digit fragment of a phone, through the trigram tokenizer (rowid = customer_phone rowid).
CREATE VIRTUAL TABLE phone_fragment USING fts5(digits, content='', tokenize='trigram');

CREATE TABLE customer_resident_id (
  blind_index  BLOB PRIMARY KEY,         -- keyed hash of the canonical 18-character number
  customer_id  TEXT NOT NULL REFERENCES customer(id),
  sealed       BLOB NOT NULL,            -- libsodium secretbox(nonce || ciphertext)
  masked       TEXT NOT NULL,            -- 3306**********1234
  legacy15     INTEGER NOT NULL DEFAULT 0,
  needs_review INTEGER NOT NULL DEFAULT 0,
  created_at   INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX customer_resident_id_customer ON customer_resident_id(customer_id);

CREATE TABLE customer_device (
  match_key   TEXT PRIMARY KEY,          -- platform:id
  customer_id TEXT NOT NULL REFERENCES customer(id),
  platform    TEXT NOT NULL,
  created_at  INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX customer_device_customer ON customer_device(customer_id);

-- Every contact of a customer with a channel is a touch. A lead is the touch that arrived as a
-- lead (import, platform API): it also keeps its payload verbatim (sealed) and a dedup key
-- (keyed hash of its normalised content) that makes a re-import of the same row a no-op.
-- One row per lead rather than a lead row plus a touch row: half the writes on import.
CREATE TABLE touch (
  id              TEXT PRIMARY KEY,
  customer_id     TEXT NOT NULL REFERENCES customer(id),
  channel_id      TEXT REFERENCES channel(id),
  kind            TEXT NOT NULL CHECK (kind = 'lead' OR kind = 'visit' OR kind = 'showing' OR kind = 'call' OR kind = 'registration' OR kind = 'referral'),
  occurred_at     INTEGER NOT NULL,
  weight_permille INTEGER NOT NULL CHECK (weight_permille BETWEEN 0 AND 1000),
  note            TEXT,
  dedup_key       BLOB,                  -- leads only
  source          TEXT,                  -- leads only: file name or API
  raw_sealed      BLOB,                  -- leads only: the payload verbatim, sealed
  created_at      INTEGER NOT NULL,
  CHECK ((dedup_key IS NULL) = (raw_sealed IS NULL))
) WITHOUT ROWID;
CREATE INDEX touch_customer ON touch(customer_id, occurred_at);
CREATE UNIQUE INDEX touch_dedup ON touch(dedup_key) WHERE dedup_key IS NOT NULL;
CREATE VIEW lead AS
  SELECT id, dedup_key, channel_id, customer_id, occurred_at AS received_at, source, raw_sealed, created_at
  FROM touch WHERE dedup_key IS NOT NULL;

CREATE TABLE follow_up (
  id            TEXT PRIMARY KEY,
  customer_id   TEXT NOT NULL REFERENCES customer(id),
  consultant_id TEXT REFERENCES app_user(id),
  kind          TEXT NOT NULL CHECK (kind = 'call' OR kind = 'wechat' OR kind = 'sms' OR kind = 'visit' OR kind = 'showing' OR kind = 'other'),
  note          TEXT NOT NULL DEFAULT '',
  occurred_at   INTEGER NOT NULL,
  next_at       INTEGER,
  created_at    INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX follow_up_customer ON follow_up(customer_id, occurred_at);

CREATE TABLE merge_event (
  id          TEXT PRIMARY KEY,
  survivor_id TEXT NOT NULL REFERENCES customer(id),
  merged_id   TEXT NOT NULL REFERENCES customer(id),
  reason      TEXT NOT NULL CHECK (reason = 'phone' OR reason = 'resident_id' OR reason = 'device' OR reason = 'manual' OR reason = 'review'),
  merged_at   INTEGER NOT NULL,
  unmerged_at INTEGER,
  op_id       TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX merge_event_merged ON merge_event(merged_id);
CREATE INDEX merge_event_survivor ON merge_event(survivor_id);

-- Pairs a person must look at: contradicting resident ids, soft matches, and conflicts
-- between customers someone explicitly kept apart.
CREATE TABLE review_item (
  id          TEXT PRIMARY KEY,
  kind        TEXT NOT NULL CHECK (kind = 'resident_id_conflict' OR kind = 'soft_match' OR kind = 'separated_conflict'),
  customer_a  TEXT NOT NULL REFERENCES customer(id),
  customer_b  TEXT NOT NULL REFERENCES customer(id),
  detail      TEXT NOT NULL,
  status      TEXT NOT NULL DEFAULT 'open' CHECK (status = 'open' OR status = 'merged' OR status = 'kept_separate'),
  created_at  INTEGER NOT NULL,
  resolved_at INTEGER,
  UNIQUE (kind, customer_a, customer_b)
) WITHOUT ROWID;
CREATE INDEX review_item_open ON review_item(status, created_at);
CREATE INDEX review_item_a ON review_item(customer_a);
CREATE INDEX review_item_b ON review_item(customer_b);

CREATE TABLE separation (
  customer_a TEXT NOT NULL REFERENCES customer(id),  -- customer_a < customer_b
  customer_b TEXT NOT NULL REFERENCES customer(id),
  created_at INTEGER NOT NULL,
  PRIMARY KEY (customer_a, customer_b)
) WITHOUT ROWID;

-- The one write path's log (SYNC.md §2.2): contiguous client_seq, UUIDv7 op_id, HLC.
CREATE TABLE outbox (
  client_seq     INTEGER PRIMARY KEY,
  op_id          TEXT NOT NULL UNIQUE,
  name           TEXT NOT NULL,
  version        INTEGER NOT NULL,
  args           TEXT NOT NULL,
  hlc            INTEGER NOT NULL,
  user_id        TEXT,
  workstation_id TEXT NOT NULL,
  state          TEXT NOT NULL DEFAULT 'pending' CHECK (state = 'pending' OR state = 'sent' OR state = 'acked' OR state = 'rejected'),
  created_at     INTEGER NOT NULL
);
)SQL";

// v2 — the desktop's customer list (issue #3). The first channel and the time the current
// owner got the customer are kept on the row, so the list can filter and sort 1 M customers
// through indexes. Each list index is on one column of a WITHOUT ROWID table, so SQLite
// appends the primary key: the index is (column, id), exactly the keyset the list pages by.
// New customers have UUIDv7 ids, so these indexes grow at their ends (cheap for imports).
// reveal_log records every time a person unmasked a phone or resident id (DESIGN.md §8).
const char *const kV2 = R"SQL(
ALTER TABLE customer ADD COLUMN first_channel_id TEXT REFERENCES channel(id);
ALTER TABLE customer ADD COLUMN owner_since INTEGER;
UPDATE customer SET first_channel_id = (
  SELECT t.channel_id FROM customer m JOIN touch t ON t.customer_id = m.id
  WHERE m.root_id = customer.id ORDER BY t.occurred_at, t.id LIMIT 1)
WHERE merged_into IS NULL;
UPDATE customer SET owner_since = updated_at WHERE owner_id IS NOT NULL;
CREATE INDEX customer_list_status ON customer(status) WHERE merged_into IS NULL;
CREATE INDEX customer_list_grade ON customer(grade) WHERE merged_into IS NULL;
CREATE INDEX customer_list_owner ON customer(owner_id) WHERE merged_into IS NULL;
CREATE INDEX customer_list_channel ON customer(first_channel_id) WHERE merged_into IS NULL;
CREATE INDEX customer_list_last ON customer(last_follow_up_at) WHERE merged_into IS NULL;
CREATE INDEX customer_list_next ON customer(next_follow_up_at) WHERE merged_into IS NULL;
CREATE INDEX customer_owner_since ON customer(owner_since) WHERE owner_id IS NOT NULL AND merged_into IS NULL;

CREATE TABLE reveal_log (
  id          TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL REFERENCES customer(id),
  field       TEXT NOT NULL CHECK (field = 'phone' OR field = 'resident_id'),
  user_id     TEXT,
  revealed_at INTEGER NOT NULL,
  op_id       TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX reveal_log_customer ON reveal_log(customer_id, revealed_at);
)SQL";

// v3 — issue #10. Two changes:
// - the office's time zone (IANA id): dates are shown, and typed, in it. Offices so far were all
// in mainland China.
// - a lead that joins a customer by a hard key under another name (李强 by
// 宋文's phone) is merged as before and flagged for a person (name_conflict). SQLite cannot
// change a CHECK in place, so review_item is rebuilt with the same columns and indexes.
const char *const kV3 = R"SQL(
CREATE TABLE review_item_v3 (
  id          TEXT PRIMARY KEY,
  kind        TEXT NOT NULL CHECK (kind = 'resident_id_conflict' OR kind = 'soft_match' OR kind = 'separated_conflict' OR kind = 'name_conflict'),
  customer_a  TEXT NOT NULL REFERENCES customer(id),
  customer_b  TEXT NOT NULL REFERENCES customer(id),
  detail      TEXT NOT NULL,
  status      TEXT NOT NULL DEFAULT 'open' CHECK (status = 'open' OR status = 'merged' OR status = 'kept_separate'),
  created_at  INTEGER NOT NULL,
  resolved_at INTEGER,
  UNIQUE (kind, customer_a, customer_b)
) WITHOUT ROWID;
INSERT INTO review_item_v3(id, kind, customer_a, customer_b, detail, status, created_at, resolved_at)
  SELECT id, kind, customer_a, customer_b, detail, status, created_at, resolved_at FROM review_item;
DROP TABLE review_item;
ALTER TABLE review_item_v3 RENAME TO review_item;
CREATE INDEX review_item_open ON review_item(status, created_at);
CREATE INDEX review_item_a ON review_item(customer_a);
CREATE INDEX review_item_b ON review_item(customer_b);
ALTER TABLE office ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'Asia/Shanghai';
)SQL";

// v4 — who merged and who undid a merge (issue #10): the acting user of the mutation (an
// app_user id, or the outbox's user text when it names nobody of this office). NULL for
// merges made before v4.
const char *const kV4 = R"SQL(
ALTER TABLE merge_event ADD COLUMN merged_by TEXT;
ALTER TABLE merge_event ADD COLUMN unmerged_by TEXT;
)SQL";

// v5 — sync with the office hub (issue #11). The outbox keeps what the hub said of each op
// (hub_seq once it is in the office's log; the error when it was refused), the op's local
// result (what the hub learns the roster from) and, until the op is confirmed at its place in
// the hub's order, the SQLite session changeset of its effect: undone and redone around
// pulled ops (docs/architecture.md, "Sync"). sync_issue lists, for the person, every op of
// this workstation the hub refused or that failed when applied in the hub's order.
const char *const kV5 = R"SQL(
ALTER TABLE outbox ADD COLUMN result TEXT;
ALTER TABLE outbox ADD COLUMN hub_seq INTEGER;
ALTER TABLE outbox ADD COLUMN undo BLOB;
ALTER TABLE outbox ADD COLUMN error TEXT;
CREATE INDEX outbox_unconfirmed ON outbox(client_seq) WHERE undo IS NOT NULL;
CREATE TABLE sync_issue (
  op_id      TEXT PRIMARY KEY,
  client_seq INTEGER,
  name       TEXT NOT NULL,
  code       TEXT NOT NULL,
  message    TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  resolved   INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
)SQL";

// v6 — accounts (issue #11). password_hash is the user's argon2id verifier (libsodium's
// crypto_pwhash_str string; NULL = no password yet), set only through user.set_password.
// Users of offices made before have none: each sets one at their first sign-in.
// must_change_password: a manager reset it (user.reset_password); a new one is asked for.
const char *const kV6 = R"SQL(
ALTER TABLE app_user ADD COLUMN password_hash TEXT;
ALTER TABLE app_user ADD COLUMN password_set_at INTEGER;
ALTER TABLE app_user ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password = 0 OR must_change_password = 1);
)SQL";

// v7 — dispatch (issue #12). setting: the rule settings (core/settings/settingkeys.cpp lists
// the keys) for the whole office (scope '') or one project (scope = its id), set only through
// settings.set@1. holiday_calendar: a holiday calendar year loaded by a manager
// (calendar.load@1) for the office or a project, replacing the shipped one for that year; days
// is that year's part of the file as JSON. Scope '' rather than NULL: the session extension
// (sync undo) ignores rows whose primary key holds a NULL.
const char *const kV7 = R"SQL(
CREATE TABLE setting (
  scope      TEXT NOT NULL,
  key        TEXT NOT NULL,
  value      INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  updated_by TEXT,
  op_id      TEXT NOT NULL,
  PRIMARY KEY (scope, key)
) WITHOUT ROWID;
CREATE TABLE holiday_calendar (
  scope     TEXT NOT NULL,
  year      INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  days      TEXT NOT NULL,
  source    TEXT NOT NULL DEFAULT '',
  loaded_at INTEGER NOT NULL,
  loaded_by TEXT,
  op_id     TEXT NOT NULL,
  PRIMARY KEY (scope, year)
) WITHOUT ROWID;
)SQL";

// v8 — the reception kiosk (issue #11): one row per walk-in registered there (visit.register).
// Every replica keeps it, the kiosk's own included, which holds no customers: so only what the
// kiosk may show is here — the masked phone and the name as a receptionist says it (王先生).
// The visitor's full name and phone travel sealed to the office's key pair and are opened, on
// the replicas that hold the office key, into a customer (customer_id) with a visit touch.
// channel_id: the walk-in channel the registration came through, when known.
const char *const kV8 = R"SQL(
CREATE TABLE kiosk_registration (
  id             TEXT PRIMARY KEY,      -- the registration id the kiosk made
  masked_phone   TEXT NOT NULL,         -- 138****5678
  display_name   TEXT NOT NULL,         -- 王先生
  visitors       INTEGER CHECK (visitors BETWEEN 1 AND 99),
  occurred_at    INTEGER NOT NULL,
  workstation_id TEXT NOT NULL,         -- the kiosk
  registered_by  TEXT,                  -- the signed-in user (an app_user id, or the op's user text)
  channel_id     TEXT REFERENCES channel(id),
  customer_id    TEXT REFERENCES customer(id), -- NULL on the kiosk (and where the key is missing)
  op_id          TEXT NOT NULL,
  created_at     INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX kiosk_registration_time ON kiosk_registration(occurred_at);
CREATE INDEX kiosk_registration_customer ON kiosk_registration(customer_id) WHERE customer_id IS NOT NULL;
)SQL";

// v9 — the roster (issue #12): each consultant's (or site manager's) state — available,
// receiving (接待中), break, off — and since when, set only through roster.set@1. A user without
// a row is off (never checked in).
const char *const kV9 = R"SQL(
CREATE TABLE roster_state (
  user_id TEXT PRIMARY KEY REFERENCES app_user(id),
  state   TEXT NOT NULL CHECK (state = 'available' OR state = 'receiving' OR state = 'break' OR state = 'off'),
  since   INTEGER NOT NULL,
  op_id   TEXT NOT NULL
) WITHOUT ROWID;
)SQL";

// v10 — dispatch modes set by hand (issue #12, dispatch.set_mode@1): a project's (scope = its
// id) or the office's (scope '') mode from from_ms up to until_ms, after which the calendar
// decides again. Handing back to the calendar ends the rows (until_ms = now); none is deleted.
const char *const kV10 = R"SQL(
CREATE TABLE mode_override (
  id       TEXT PRIMARY KEY,
  scope    TEXT NOT NULL,
  mode     TEXT NOT NULL CHECK (mode = 'grab' OR mode = 'idle'),
  from_ms  INTEGER NOT NULL,
  until_ms INTEGER NOT NULL CHECK (until_ms >= from_ms),
  set_by   TEXT,
  op_id    TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX mode_override_until ON mode_override(until_ms);
)SQL";

} // namespace

const QList<Migration> &schemaMigrations()
{
    static const QList<Migration> all{{1, kV1}, {2, kV2}, {3, kV3}, {4, kV4}, {5, kV5}, {6, kV6}, {7, kV7}, {8, kV8}, {9, kV9}, {10, kV10}};
    return all;
}

} // namespace shoulou::storage
