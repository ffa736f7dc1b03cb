-- What follows a document (its refunds, its credit payments, the sales an advance pays) is found
-- by the parent's fiscal id: without these, the lists of open credits and advances and the check
-- before a credit payment read the whole journal (100-250 ms on a year's documents; 0.1-45 ms with).
CREATE INDEX journal_documents_parent ON journal_documents (
  device_id,
  coalesce(json_extract(document, '$.parentDocumentId'), json_extract(document, '$.prepaymentDocumentId'))
);

CREATE INDEX journal_documents_device_document ON journal_documents (device_id, device_document_id);

-- Credit sales and everything that is not a plain sale: the few rows the credit and advance lists read.
CREATE INDEX journal_documents_credit ON journal_documents (device_id, kind)
  WHERE kind <> 'sale' OR json_extract(document, '$.tenders.credit') > 0;
