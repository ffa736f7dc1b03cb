-- A refusal's code is text: Caspos numbers its codes, Checkbox names them by words, SmartOne and
-- SmartX by their own. The journal's settled rows never change, so their trigger stands aside
-- for this one copy of each code into its text column and is put back as it was.
DROP TRIGGER journal_documents_settled_are_final;

ALTER TABLE journal_documents ADD COLUMN error_code_text TEXT;
UPDATE journal_documents SET error_code_text = CAST(error_code AS TEXT) WHERE error_code IS NOT NULL;
ALTER TABLE journal_documents DROP COLUMN error_code;
ALTER TABLE journal_documents RENAME COLUMN error_code_text TO error_code;

CREATE TRIGGER journal_documents_settled_are_final BEFORE UPDATE ON journal_documents
WHEN OLD.state IN ('done', 'rejected')
BEGIN
  SELECT RAISE(ABORT, 'a settled journal document does not change');
END;
