import { useAtlasModel } from '../../dataset/model-context';
import { useLang } from '../../i18n/use-lang';
import { useAtlasStore } from '../../store/store-context';
import { recordName } from '../../dataset/model';

/** A button that opens another record in the panel (a pledge's site, a site's event). */
export function RecordLink({ id }: { id: string }) {
  const model = useAtlasModel();
  const lang = useLang();
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
export function RecordTerm(props: { label: string; id: string | undefined }) {
  if (!props.id) return null;
  return (
    <>
      <dt>{props.label}</dt>
      <dd>
        <RecordLink id={props.id} />
      </dd>
    </>
  );
}

/** A `dt`/`dd` pair listing linked records ("Parts: …", "About: …"); nothing when there are none. */
export function RecordsTerm(props: { label: string; ids: readonly string[] }) {
  if (props.ids.length === 0) return null;
  return (
    <>
      <dt>{props.label}</dt>
      <dd>
        <ul className="details-list">
          {props.ids.map((id) => (
            <li key={id}>
              <RecordLink id={id} />
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}
