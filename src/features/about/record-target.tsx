/** A record named in the About page: a button that selects it and closes About, or its name. */
import { useLang } from '../../i18n/use-lang';
import { useAtlasStore } from '../../store/store-context';
import type { NamedRecord } from './about-model';

export function RecordTarget({
  record,
  id,
  onSelect,
}: {
  record: NamedRecord | undefined;
  id: string;
  onSelect: () => void;
}) {
  const lang = useLang();
  const select = useAtlasStore((s) => s.select);
  if (!record) return <code>{id}</code>;
  if (!record.selectable) return <cite lang="fr">{record.name[lang]}</cite>;
  return (
    <button
      type="button"
      className="about-target"
      onClick={() => {
        select(id);
        onSelect();
      }}
    >
      {record.name[lang]}
    </button>
  );
}
