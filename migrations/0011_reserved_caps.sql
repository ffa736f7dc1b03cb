-- Reserved for lane CAPS of issue 14, which numbers its migration 0011: migrations run without gaps,
-- so this file holds the place until the lead merges that lane's migration over it.
SELECT 1;
