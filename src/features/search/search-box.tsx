import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAtlasModel } from '../../dataset/model-context';
import { useLang } from '../../i18n/use-lang';
import { useAtlasStore } from '../../store/store-context';
import { buildSearchIndex, searchAtlas, type SearchResult } from './search-index';
import './search-box.css';

/**
 * One box for every site, company, partner, place, event and pledge. WAI-ARIA combobox with a
 * listbox popup: focus stays in the input, arrows move the active option (aria-activedescendant),
 * Enter opens it with `select(id)`, Escape closes the list, then clears the box.
 */
export function SearchBox() {
  const { t } = useTranslation('details');
  const model = useAtlasModel();
  const lang = useLang();
  const select = useAtlasStore((s) => s.select);
  const index = useMemo(() => buildSearchIndex(model), [model]);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const results = useMemo(() => searchAtlas(index, query, lang), [index, query, lang]);
  const baseId = useId();
  const listId = `${baseId}-list`;
  const optionId = (i: number) => `${baseId}-option-${i}`;
  const searching = query.trim() !== '';
  const expanded = open && searching && results.length > 0;

  const choose = (result: SearchResult) => {
    select(result.entry.targetId);
    setQuery(result.entry.label[lang]);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = results.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (count === 0) return;
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setOpen(true);
        setActive((current) => (current < 0 ? (step > 0 ? 0 : count - 1) : (current + step + count) % count));
        return;
      }
      case 'Enter': {
        const chosen = expanded ? (results[active] ?? (count === 1 ? results[0] : undefined)) : undefined;
        if (chosen) {
          event.preventDefault();
          choose(chosen);
        }
        return;
      }
      case 'Escape':
        event.preventDefault();
        if (expanded) setOpen(false);
        else setQuery('');
        setActive(-1);
        return;
    }
  };

  return (
    <div className="search-box" role="search">
      <label htmlFor={`${baseId}-input`} className="search-label">
        {t('search.label')}
      </label>
      <div className="search-field">
        <span className="search-icon" aria-hidden="true">
          ⌕
        </span>
        <input
          id={`${baseId}-input`}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={`${baseId}-hint`}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('search.placeholder')}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={t('search.label')}
          className="search-results"
          hidden={!expanded}
        >
          {results.map((result, i) => (
            // Keyboard users reach options through the input (aria-activedescendant), not by focus.
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events
            <li
              key={result.entry.key}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'is-active' : undefined}
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => setActive(i)}
              onClick={() => choose(result)}
            >
              <span className="result-label">{result.entry.label[lang]}</span>
              <span className="result-meta">
                <span className="result-kind">{t(`search.kind.${result.entry.kind}`)}</span>
                {result.entry.context && <> · {result.entry.context[lang]}</>}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <p id={`${baseId}-hint`} className="visually-hidden">
        {t('search.hint')}
      </p>
      <p role="status" className={searching && results.length === 0 ? 'search-status' : 'visually-hidden'}>
        {!searching || !open
          ? ''
          : results.length === 0
            ? t('search.noResults', { query: query.trim() })
            : t('search.results', { count: results.length })}
      </p>
    </div>
  );
}
