import type { Category } from '../../shared/catalogue-admin';
import { AppFailure } from '../app/app-failure';
import type { Db } from '../db/open';
import { statementCache } from '../db/statements';

/** The shop's product groups, by name; a product belongs to one or to none. */
export class Categories {
  private readonly sql;

  constructor(
    db: Db,
    private readonly now: () => Date,
  ) {
    this.sql = statementCache(db);
  }

  list(): Category[] {
    return this.sql<[], Category>(
      `SELECT c.id, c.name, (SELECT count(*) FROM products p WHERE p.category_id = c.id) AS products
         FROM categories c ORDER BY c.name COLLATE NOCASE, c.id`,
    ).all();
  }

  /** A new category, or a renamed one; two categories never share a name. */
  save(id: number | undefined, name: string): Category {
    const clash = this.sql<[string], { id: number }>('SELECT id FROM categories WHERE name = ?').get(name);
    if (clash && clash.id !== id) throw new AppFailure('invalid_input', `A category is named ${name} already`, { field: 'category', value: name });
    const saved =
      id === undefined
        ? Number(this.sql('INSERT INTO categories (name, created_at) VALUES (?, ?)').run(name, this.now().toISOString()).lastInsertRowid)
        : this.rename(id, name);
    const category = this.list().find((c) => c.id === saved);
    if (!category) throw new AppFailure('invalid_input', `No category ${saved}`);
    return category;
  }

  /** Its products stay, in no category (the table's ON DELETE SET NULL). */
  remove(id: number): void {
    this.sql('DELETE FROM categories WHERE id = ?').run(id);
  }

  private rename(id: number, name: string): number {
    if (this.sql('UPDATE categories SET name = ? WHERE id = ?').run(name, id).changes === 0) throw new AppFailure('invalid_input', `No category ${id}`);
    return id;
  }
}
