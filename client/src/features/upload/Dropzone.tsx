import { type DragEvent, useId, useState } from 'react';

/** Props of {@link Dropzone}. */
export interface DropzoneProps {
  readonly label: string;
  readonly hint: string;
  /** The `accept` attribute of the picker. */
  readonly accept: string;
  readonly onFile: (file: File) => void;
  readonly disabled?: boolean;
}

/**
 * A file picker that also takes a dropped file. The zone is the input's label, and the real
 * `<input type="file">` stays in the tab order, so it works with the keyboard and screen readers as is.
 */
export function Dropzone({ label, hint, accept, onFile, disabled = false }: DropzoneProps) {
  const id = useId();
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <label
      htmlFor={id}
      className={`dropzone${over ? ' dropzone--over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <span className="dropzone__label">{label}</span>
      <span className="dropzone__hint" id={`${id}-hint`}>
        {hint}
      </span>
      <input
        id={id}
        type="file"
        accept={accept}
        disabled={disabled}
        aria-describedby={`${id}-hint`}
        className="dropzone__input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
          event.target.value = '';
        }}
      />
    </label>
  );
}
