/**
 * Documents of done journal rows as they passed the read check, by row id, the most recently
 * used kept. A done row never changes (the trigger journal_documents_settled_are_final), so what
 * was checked once stands for the rest of the run; the bound keeps a year's journal out of
 * memory while a busy day's dashboard (some 5,000 receipts) is read again without a zod parse.
 */
export class DoneDocumentCache<T> {
  private readonly entries = new Map<number, T>();

  constructor(private readonly capacity: number) {}

  get(id: number): T | undefined {
    const value = this.entries.get(id);
    if (value === undefined) return undefined;
    // Map keeps insertion order: moving the entry to the end makes the first one the least used.
    this.entries.delete(id);
    this.entries.set(id, value);
    return value;
  }

  set(id: number, value: T): void {
    this.entries.delete(id);
    this.entries.set(id, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}
