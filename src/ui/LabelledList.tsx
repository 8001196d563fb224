/** A bold label over a bulleted list of plain sentences (self-care, what to avoid), on the card and the handout. */
export interface LabelledListProps {
  /** E.g. "Self-care:". */
  readonly label: string;
  /** The sentences, each once (they are the list keys). */
  readonly items: readonly string[];
}

export function LabelledList({ label, items }: LabelledListProps): React.JSX.Element {
  return (
    <div>
      <strong>{label}</strong>
      <ul>
        {items.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </div>
  );
}
