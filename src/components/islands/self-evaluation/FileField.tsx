/** A labelled file input with a hint. */


export function FileField({ id, label, hint, multiple = false, onFiles }: { id: string; label: string; hint: string; multiple?: boolean; onFiles: (input: HTMLInputElement) => void }) {
  return (
    <div className="kp-selfeval__file">
      <label htmlFor={id} className="kp-selfeval__label">{label}</label>
      <span className="kp-selfeval__hint" id={`${id}-hint`}>{hint}</span>
      <input id={id} type="file" accept=".json,application/json" multiple={multiple} aria-describedby={`${id}-hint`} onChange={(e) => onFiles(e.currentTarget)} />
    </div>
  );
}
