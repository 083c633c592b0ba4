import { useTranslation } from 'react-i18next';
import { useAtlasModel } from '../../dataset/model-context';
import { useAtlasStore } from '../../store/store-context';
import type { CsvTable } from './csv-export';
import { downloadText } from './download-file';
import { datasetUrl, schemaUrl } from './download-urls';
import '../../components/menu-list.css';
import { CiteDataset, SpreadsheetLinks } from '../../components/newsroom-links';

const TABLES: readonly CsvTable[] = ['sites', 'events', 'investments'];

/**
 * The dataset as published (JSON), three CSV tables built on click, and the JSON Schema. The
 * newsroom's links (citation, spreadsheet template) follow unless the host already shows them, as
 * About does in its own sections.
 */
export function DownloadsList({ newsroomLinks = true }: { newsroomLinks?: boolean }) {
  const { t } = useTranslation('details');
  const { atlas } = useAtlasModel();
  // With ?data= the model is that file: the JSON offered is the one shown, under its own name.
  const customUrl = useAtlasStore((s) => s.data);
  const stem = `compute-atlas-${atlas.version}`;
  // The CSV writer is a lazy chunk: it is needed only when a visitor asks for a table.
  const downloadCsv = async (table: CsvTable) => {
    const { csvTables } = await import('./csv-export');
    downloadText(csvTables[table](atlas), `${stem}-${table}.csv`, 'text/csv;charset=utf-8');
  };
  return (
    <div className="downloads-list">
      <ul className="menu-list">
        <li>
          <a href={customUrl ?? datasetUrl} download={`${stem}.json`} type="application/json">
            {t('downloads.json')}
          </a>
        </li>
        {TABLES.map((table) => (
          <li key={table}>
            <button type="button" onClick={() => void downloadCsv(table)}>
              {`${t(`downloads.${table}`)} — ${t('downloads.rows', { count: atlas[table].length })}`}
            </button>
          </li>
        ))}
        <li>
          <a href={schemaUrl} download="atlas.schema.json" type="application/schema+json">
            {t('downloads.schema')}
          </a>
        </li>
      </ul>
      <p className="menu-list-hint">{t('downloads.csvHint')}</p>
      <p className="menu-list-hint">{t('downloads.licence')}</p>
      {newsroomLinks && (
        <>
          <SpreadsheetLinks />
          <CiteDataset />
        </>
      )}
    </div>
  );
}
