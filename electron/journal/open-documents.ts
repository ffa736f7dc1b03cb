/**
 * The journal's open documents (pending, sending, unknown), read through their partial index
 * (0002). SQLite keeps no statistics of the table, and without this it counts them by walking
 * every document of the device, a year's journal several times at every sale. INDEXED BY makes
 * such a statement fail to prepare rather than fall back to a scan; the WHERE must hold
 * `isOpen` for the partial index to apply.
 */
export const openDocuments = 'journal_documents INDEXED BY journal_documents_unsettled';

export const isOpen = "state IN ('pending', 'sending', 'unknown')";
