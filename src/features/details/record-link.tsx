import type { AtlasModel } from '../../dataset/model';
import type { Lang } from '../../i18n/languages';
import { useAtlasStore } from '../../store/store-context';
import { recordName } from '../../dataset/model';

/** A button that opens another record in the panel (a pledge's site, a site's event). */
export function RecordLink({ model, id, lang }: { model: AtlasModel; id: string; lang: Lang }) {
  const select = useAtlasStore((s) => s.select);
  const record = model.recordsById.get(id);
  if (!record) return <code>{id}</code>;
  return (
    <button type="button" className="record-link" onClick={() => select(id)}>
      {recordName(record, lang)}
    </button>
  );
}

/** A `dt`/`dd` pair naming a linked record ("Site: …", "Part of: …"); nothing when there is none. */
export function RecordTerm(props: { label: string; model: AtlasModel; id: string | undefined; lang: Lang }) {
  if (!props.id) return null;
  return (
    <>
      <dt>{props.label}</dt>
      <dd>
        <RecordLink model={props.model} id={props.id} lang={props.lang} />
      </dd>
    </>
  );
}
