import { type DragEvent, useId, useState } from 'react';
import { useEditingI18n } from '../../app/i18n/editing';

export interface ChosenFile {
  name: string;
  size: number;
  text: string;
}

/**
 * The file to import: chosen with the file picker (keyboard and screen readers) or dropped
 * anywhere on the zone around it.
 */
export function FileDrop({
  chosen,
  onFile,
  hint,
}: {
  chosen: ChosenFile | null;
  onFile: (file: File) => void;
  /** What the file may hold, when it is not a roundtables file. */
  hint?: string;
}) {
  const { t, locale } = useEditingI18n();
  const [dragging, setDragging] = useState(false);
  const inputId = useId();
  const hintId = useId();
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  const size = (bytes: number) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 }).format(bytes / 1024);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping is a shortcut for pointer users; the file picker inside is the way for everyone.
    <div
      className={`drop-zone${dragging ? ' dragging' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      <label htmlFor={inputId}>{t('import.file')}</label>
      <p id={hintId} className="field-hint">
        {hint ?? t('import.fileHint')}
      </p>
      <input
        id={inputId}
        type="file"
        accept=".csv,text/csv"
        aria-describedby={hintId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
        }}
      />
      {chosen && (
        <p className="chosen-file" role="status">
          {t('import.chosen', { name: chosen.name, size: size(chosen.size) })}
        </p>
      )}
    </div>
  );
}
