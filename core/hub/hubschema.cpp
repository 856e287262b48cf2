#include "hubschema.h"

// Schema of hub.db (SYNC.md §2.4 as far as issue #11 goes; the SQLite hub). Enumerations are
// OR chains (see docs/architecture.md); times are epoch ms UTC; ids are UUID text.
namespace shoulou::hub {

namespace {

const char *const kV1 = R"SQL(
-- hub_id, hub_epoch (new on every restore), hub_public_key (X25519, base64),
-- hub_client_seq (the last client_seq of an op the hub appended itself).
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

-- history_*: a standalone office's history being pushed into this office while it was empty.
CREATE TABLE office (
  id                        TEXT PRIMARY KEY,
  code                      TEXT NOT NULL UNIQUE,
  name                      TEXT NOT NULL,
  next_hub_seq              INTEGER NOT NULL DEFAULT 1 CHECK (next_hub_seq >= 1),
  office_key_sealed_for_hub BLOB,
  history_workstation_id    TEXT,
  history_through           INTEGER,
  created_at                INTEGER NOT NULL
) WITHOUT ROWID;

-- The roster as the log made it (user.create and friends), plus users added at the hub.
-- pending_op_id: added before the office had a log; its user.create is appended under this
-- op_id at the office's first push (id is derived from it, so known in advance).
CREATE TABLE hub_user (
  key           INTEGER PRIMARY KEY,
  office_id     TEXT NOT NULL REFERENCES office(id),
  id            TEXT NOT NULL,
  login         TEXT NOT NULL,
  display_name  TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role = 'kiosk' OR role = 'consultant' OR role = 'manager' OR role = 'channel' OR role = 'admin'),
  verifier      TEXT,
  active        INTEGER NOT NULL DEFAULT 1 CHECK (active = 0 OR active = 1),
  pending_op_id TEXT,
  created_at    INTEGER NOT NULL,
  UNIQUE (office_id, login),
  UNIQUE (office_id, id)
);

CREATE TABLE workstation (
  id                    TEXT PRIMARY KEY,
  office_id             TEXT NOT NULL REFERENCES office(id),
  enrolled_by           INTEGER NOT NULL REFERENCES hub_user(key),
  public_key            BLOB NOT NULL,
  kind                  TEXT NOT NULL CHECK (kind = 'kiosk' OR kind = 'desk'),
  scope                 TEXT NOT NULL CHECK (scope = 'kiosk' OR scope = 'office'),
  revoked               INTEGER NOT NULL DEFAULT 0 CHECK (revoked = 0 OR revoked = 1),
  last_acked_client_seq INTEGER NOT NULL DEFAULT 0,
  last_pulled_hub_seq   INTEGER NOT NULL DEFAULT 0,
  history               INTEGER NOT NULL DEFAULT 0 CHECK (history = 0 OR history = 1),
  history_through       INTEGER,
  protocol_version      INTEGER,
  enrolled_at           INTEGER NOT NULL,
  last_seen_at          INTEGER
) WITHOUT ROWID;
CREATE INDEX workstation_office ON workstation(office_id);

-- token_hash: BLAKE2b-256 of the 32 random bytes handed out; the token itself is never stored.
CREATE TABLE session (
  token_hash     BLOB PRIMARY KEY,
  workstation_id TEXT NOT NULL REFERENCES workstation(id),
  user_key       INTEGER NOT NULL REFERENCES hub_user(key),
  created_at     INTEGER NOT NULL,
  expires_at     INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX session_expiry ON session(expires_at);
CREATE INDEX session_workstation ON session(workstation_id);

-- Every mutation received, exactly once, with its stored outcome. hub_seq: the office's total
-- order, NULL for a rejected op (rejected ops never enter the order, which has no gaps).
-- A rowid table: args can be large (sealed lead payloads), too large for WITHOUT ROWID.
CREATE TABLE hub_log (
  office_id      TEXT NOT NULL,
  hub_seq        INTEGER,
  op_id          TEXT NOT NULL UNIQUE,
  workstation_id TEXT NOT NULL,
  client_seq     INTEGER NOT NULL,
  user_id        TEXT,
  name           TEXT NOT NULL,
  version        INTEGER NOT NULL,
  args           TEXT NOT NULL,
  hlc            INTEGER NOT NULL,
  created_at     INTEGER NOT NULL,
  result         TEXT,
  status         TEXT NOT NULL CHECK (status = 'applied' OR status = 'rejected'),
  error_code     TEXT,
  error_message  TEXT,
  committed_at   INTEGER NOT NULL,
  UNIQUE (workstation_id, client_seq),
  CHECK ((status = 'applied') = (hub_seq IS NOT NULL))
);
CREATE UNIQUE INDEX hub_log_order ON hub_log(office_id, hub_seq);
)SQL";

// v2 — class-A arbitration (SYNC.md §2.6): one row per contested key of an office (a
// customer's owner, later grab-pool offers and unit holds). state open: claims are taken until
// expires_at (hub clock); taken: holder_* won it (expires_at, when set, ends the hold);
// expired / released: free for the next round or taker.
const char *const kV2 = R"SQL(
CREATE TABLE hub_arbitration (
  office_id             TEXT NOT NULL REFERENCES office(id),
  key                   TEXT NOT NULL,
  state                 TEXT NOT NULL CHECK (state = 'open' OR state = 'taken' OR state = 'expired' OR state = 'released'),
  expires_at            INTEGER NOT NULL DEFAULT 0,
  round                 INTEGER NOT NULL DEFAULT 0,
  holder_op_id          TEXT,
  holder_user_id        TEXT,
  holder_workstation_id TEXT,
  holder_hub_seq        INTEGER NOT NULL DEFAULT 0,
  changed_at            INTEGER NOT NULL,
  PRIMARY KEY (office_id, key)
) WITHOUT ROWID;
CREATE INDEX hub_arbitration_open ON hub_arbitration(office_id, expires_at) WHERE state = 'open';
)SQL";

} // namespace

const QList<storage::Migration> &hubSchemaMigrations()
{
    static const QList<storage::Migration> all{{1, kV1}, {2, kV2}};
    return all;
}

} // namespace shoulou::hub
