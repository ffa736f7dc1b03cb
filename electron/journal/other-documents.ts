/**
 * Documents other than plain sales (Z reports, advances, refunds, rollbacks, credit sales), read
 * through their partial index (0007). SQLite keeps no statistics of the journal, and without this
 * it finds the last Z report or the advances by walking every document of the device: at each X
 * report, dashboard and Z list, 100 ms on 100,000 documents. The WHERE must hold
 * `isOtherDocument` for the partial index to apply; for any kind but a sale it is always true.
 */
export const otherDocuments = 'journal_documents INDEXED BY journal_documents_credit';

export const isOtherDocument = "(kind <> 'sale' OR json_extract(document, '$.tenders.credit') > 0)";
