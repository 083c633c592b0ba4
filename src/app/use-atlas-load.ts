import { useEffect, useState } from 'react';
import { loadAtlas, type LoadResult } from '../dataset/load-dataset';

export type LoadState = { status: 'loading' } | ({ status: 'done' } & LoadResult);

export function useAtlasLoad(url: string): LoadState {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void loadAtlas(url).then((result) => {
      if (live) setState({ status: 'done', ...result });
    });
    return () => {
      live = false;
    };
  }, [url]);
  return state;
}
