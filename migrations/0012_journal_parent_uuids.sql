-- Since issue 14 a refund, rollback or credit payment names its parent, and a sale the advance it
-- spends, by the journal's UUID. What follows a document is found by that name through this index,
-- as 0007's index finds what documents journaled before name by the device's id (both are read).
CREATE INDEX journal_documents_parent_uuid ON journal_documents (
  device_id,
  coalesce(json_extract(document, '$.parentUuid'), json_extract(document, '$.prepaymentUuid'))
);
