import { z } from 'zod';

/** The issues an `invalid_input` refusal carries (the dispatcher sends zod's issues, without the values). */
const Issues = z.array(z.object({ path: z.array(z.union([z.string(), z.number()])) }).loose());

/** The fields an `invalid_input` refusal names, as paths (`document.lines.3.quantity`); at most `max`, each once. */
export function refusedFields(details: unknown, max = 3): string[] {
  const issues = Issues.safeParse(details);
  if (!issues.success) return [];
  const paths = issues.data.map((issue) => issue.path.join('.')).filter((path) => path !== '');
  return [...new Set(paths)].slice(0, max);
}
