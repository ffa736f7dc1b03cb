-- The shop office's store: shops, tills, and what the tills pushed from their journals, by UUID.
-- Rows pushed by tills are facts: inserted once, never changed (a repeat is compared, not written).

CREATE TABLE shops (
  id uuid PRIMARY KEY,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  -- Whether a till of this shop may keep products of its own beside the office's catalogue.
  local_products_allowed boolean NOT NULL DEFAULT true,
  -- The shop's catalogue version: every product change takes the next one.
  catalogue_version bigint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE tills (
  id uuid PRIMARY KEY,
  shop_id uuid NOT NULL REFERENCES shops (id),
  name text NOT NULL,
  app_version text NOT NULL,
  -- SHA-256 of the bearer token; the token itself is never stored here.
  token_hash bytea NOT NULL UNIQUE,
  enrolled_at timestamptz NOT NULL DEFAULT now(),
  removed_at timestamptz,
  last_push_at timestamptz,
  last_seen_at timestamptz
);
CREATE INDEX tills_by_shop ON tills (shop_id);

-- One-time codes a manager makes in the office for a new till of one shop.
CREATE TABLE enrolment_codes (
  code_hash bytea PRIMARY KEY,
  shop_id uuid NOT NULL REFERENCES shops (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  used_by uuid REFERENCES tills (id)
);

-- Settled journal documents of every till. The journal UUID is the identity across the chain.
CREATE TABLE documents (
  uuid uuid PRIMARY KEY,
  till_id uuid NOT NULL REFERENCES tills (id),
  shop_id uuid NOT NULL REFERENCES shops (id),
  device_id text NOT NULL,
  kind text NOT NULL,
  operation text NOT NULL,
  state text NOT NULL CHECK (state IN ('done', 'rejected')),
  document jsonb NOT NULL,
  total bigint,
  created_at timestamptz NOT NULL,
  settled_at timestamptz NOT NULL,
  duplicate boolean NOT NULL,
  device_document_id text,
  device_document_number integer,
  device_shift_document_number integer,
  device_short_id text,
  device_total bigint,
  error_code integer,
  error_text text,
  -- SHA-256 of the pushed item's canonical JSON: a repeat is compared by this, not re-written.
  content_hash bytea NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX documents_by_shop_time ON documents (shop_id, created_at);
CREATE INDEX documents_by_till_time ON documents (till_id, created_at);

CREATE TABLE shift_openings (
  till_id uuid NOT NULL REFERENCES tills (id),
  local_id bigint NOT NULL,
  device_id text NOT NULL,
  at timestamptz NOT NULL,
  detail jsonb NOT NULL,
  content_hash bytea NOT NULL,
  PRIMARY KEY (till_id, local_id)
);

CREATE TABLE z_reports (
  till_id uuid NOT NULL REFERENCES tills (id),
  local_id bigint NOT NULL,
  device_id text NOT NULL,
  document_uuid uuid NOT NULL,
  report_number text NOT NULL,
  closed_at timestamptz NOT NULL,
  cashier_name text NOT NULL,
  device_report jsonb NOT NULL,
  journal_report jsonb NOT NULL,
  comparison jsonb NOT NULL,
  differences integer NOT NULL,
  content_hash bytea NOT NULL,
  PRIMARY KEY (till_id, local_id)
);
CREATE INDEX z_reports_by_time ON z_reports (closed_at);

CREATE TABLE mismatches (
  document_uuid uuid PRIMARY KEY,
  till_id uuid NOT NULL REFERENCES tills (id),
  device_id text NOT NULL,
  at timestamptz NOT NULL,
  total_differs boolean NOT NULL,
  document_total bigint,
  device_total bigint,
  device_document_id text,
  earlier_document_uuid uuid,
  content_hash bytea NOT NULL
);

CREATE TABLE audit_entries (
  till_id uuid NOT NULL REFERENCES tills (id),
  local_id bigint NOT NULL,
  at timestamptz NOT NULL,
  action text NOT NULL,
  outcome text NOT NULL,
  actor_name text,
  approver_name text,
  details jsonb NOT NULL,
  content_hash bytea NOT NULL,
  PRIMARY KEY (till_id, local_id)
);

-- A push the office refused: the same identity with another content, or another till's UUID.
-- Kept for both managers to see; the pushed item itself is kept as it came.
CREATE TABLE push_conflicts (
  id bigserial PRIMARY KEY,
  till_id uuid NOT NULL REFERENCES tills (id),
  item_type text NOT NULL,
  identity text NOT NULL,
  pushed jsonb NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);

-- Cash in each till's drawers as the till last reported it.
CREATE TABLE drawers (
  till_id uuid NOT NULL REFERENCES tills (id),
  device_id text NOT NULL,
  cash bigint NOT NULL,
  reported_at timestamptz NOT NULL,
  PRIMARY KEY (till_id, device_id)
);

-- The catalogue: one row a product of a shop, with the version of its last change. A removal
-- keeps the row as a tombstone (removed = true) so a till away for a week still hears of it.
CREATE TABLE products (
  id uuid PRIMARY KEY,
  shop_id uuid NOT NULL REFERENCES shops (id),
  version bigint NOT NULL,
  removed boolean NOT NULL DEFAULT false,
  name text NOT NULL,
  code text NOT NULL,
  barcodes text[] NOT NULL,
  price bigint NOT NULL CHECK (price >= 0),
  vat_rate text NOT NULL,
  unit text NOT NULL,
  code_type text NOT NULL,
  marking_required boolean NOT NULL,
  favourite boolean NOT NULL,
  position integer,
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (shop_id, version)
);
-- A till pulls "changes after version V" of its shop: one range scan.
CREATE INDEX products_changes ON products (shop_id, version);
CREATE UNIQUE INDEX products_code ON products (shop_id, code) WHERE code <> '' AND NOT removed;

-- Who works in the office (managers who sign in to the office page); PIN-free, password hashed.
CREATE TABLE office_people (
  id bigserial PRIMARY KEY,
  name text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
