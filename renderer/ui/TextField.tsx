/** A labelled line of text the cashier types, trimmed by whoever reads it; the caller lays it out among its fields. */
export function TextField({ label, value, onChange, maxLength, testId }: { label: string; value: string; onChange: (value: string) => void; maxLength: number; testId?: string }) {
  return (
    <label>
      {label}
      <input value={value} onChange={(e) => onChange(e.target.value)} maxLength={maxLength} data-testid={testId} />
    </label>
  );
}
