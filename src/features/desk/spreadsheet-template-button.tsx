import sampleUrl from '../../../data/atlas.json?url';
import { saveBlob } from '../../lib/save-blob';

/** The template (header and two of our sites), made in the browser: the desk works offline too. */
export function SpreadsheetTemplateButton({ label }: { label: string }) {
  const download = async () => {
    const [{ atlasToCsv }, { validateAtlas }] = await Promise.all([
      import('../../dataset/csv/atlas-to-csv'),
      import('../../dataset/validate'),
    ]);
    const checked = validateAtlas(await (await fetch(sampleUrl)).json());
    if (!checked.ok) return;
    saveBlob(
      new Blob([atlasToCsv(checked.atlas, 2)], { type: 'text/csv;charset=utf-8' }),
      'compute-atlas-template.csv',
    );
  };
  return (
    <button type="button" className="plain-button" onClick={() => void download()}>
      {label}
    </button>
  );
}
