-- What the office's page needs to count a shop's day as the shop's tills count it.

-- The shop's clock: its days and hours are counted in this IANA zone, as the till's dashboard
-- counts them in its device's zone. PostgreSQL refuses a zone it does not know when the check
-- evaluates it, so a misspelt zone never reaches the page. Baku: where the shops we serve are.
ALTER TABLE shops ADD COLUMN time_zone text NOT NULL DEFAULT 'Asia/Baku'
  CHECK (timestamptz '2000-01-01 00:00Z' AT TIME ZONE time_zone IS NOT NULL);

-- The money the shop's tills take; figures of shops in different currencies are never added up.
ALTER TABLE shops ADD COLUMN currency text NOT NULL DEFAULT 'AZN' CHECK (currency IN ('AZN', 'UAH', 'BYN'));

-- The page reads Z reports, differences and conflicts a day at a time.
CREATE INDEX z_reports_by_till_time ON z_reports (till_id, closed_at);
CREATE INDEX push_conflicts_by_time ON push_conflicts (at);
CREATE INDEX mismatches_by_time ON mismatches (at);
