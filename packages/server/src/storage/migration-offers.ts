import type { Migration } from './migrations.js';

const STATE_CHECK = `CHECK (state IN ('sent', 'accepted', 'declined', 'superseded'))`;

/**
 * Migration 5: the sent offer revisions. A revision belongs to its inquiry (ON DELETE CASCADE:
 * erasure stays whole); only the SHA-256 of its link token is kept. An outbox item may name
 * the revision it is about, and carry a payload (the sealed token of the customer's email),
 * which is cleared once the item is sent.
 */
export const OFFER_REVISIONS_MIGRATION: Migration = {
  version: 5,
  name: 'offer revisions: send, accept, decline',
  sqlite: [
    `CREATE TABLE offer_revisions (
      id TEXT PRIMARY KEY NOT NULL,
      inquiry_id TEXT NOT NULL REFERENCES inquiries (id) ON DELETE CASCADE,
      number TEXT NOT NULL,
      revision INTEGER NOT NULL,
      replaces TEXT,
      offer_json TEXT NOT NULL,
      pdf_sha256 TEXT NOT NULL,
      token_hash TEXT NOT NULL UNIQUE,
      state TEXT NOT NULL DEFAULT 'sent' ${STATE_CHECK},
      created_at TEXT NOT NULL,
      valid_until TEXT NOT NULL,
      acceptance_json TEXT,
      declined_at TEXT,
      decline_reason TEXT,
      UNIQUE (inquiry_id, revision)
    ) STRICT`,
    `ALTER TABLE outbox ADD COLUMN revision_id TEXT
      REFERENCES offer_revisions (id) ON DELETE CASCADE`,
    `ALTER TABLE outbox ADD COLUMN payload TEXT`,
    `CREATE INDEX outbox_revision_id ON outbox (revision_id) WHERE revision_id IS NOT NULL`,
  ],
  postgres: [
    `CREATE TABLE offer_revisions (
      id text PRIMARY KEY,
      inquiry_id text NOT NULL REFERENCES inquiries (id) ON DELETE CASCADE,
      number text NOT NULL,
      revision integer NOT NULL,
      replaces text,
      offer_json json NOT NULL,
      pdf_sha256 text NOT NULL,
      token_hash text NOT NULL UNIQUE,
      state text NOT NULL DEFAULT 'sent' ${STATE_CHECK},
      created_at timestamptz NOT NULL,
      valid_until text NOT NULL,
      acceptance_json json,
      declined_at timestamptz,
      decline_reason text,
      UNIQUE (inquiry_id, revision)
    )`,
    `ALTER TABLE outbox
      ADD COLUMN revision_id text REFERENCES offer_revisions (id) ON DELETE CASCADE,
      ADD COLUMN payload text`,
    `CREATE INDEX outbox_revision_id ON outbox (revision_id) WHERE revision_id IS NOT NULL`,
  ],
};
