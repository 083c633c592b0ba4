/**
 * The story the stage presents: the file `?story=` names (fetched and checked like `?data=`), else
 * the one the presenter chose in the editor, else the atlas's own.
 */
import { useEffect, useState } from 'react';
import { loadStory } from './story/story-data';
import { loadStoryUrl, storyUrlParam, type StoryLoad } from './story/story-url';
import { parseStory, type Story } from './story/story-schema';
import { keptStoryJson, useStorySession } from './story-session';

export type StageStory =
  | { status: 'loading' }
  | { status: 'ok'; story: Story; fromUrl: boolean }
  | { status: 'invalid-url'; value: string }
  | { status: 'failed'; load: Exclude<StoryLoad, { ok: true }> };

export function useStageStory(search: string = window.location.search): StageStory {
  const [param] = useState(() => storyUrlParam(search));
  const chosen = useStorySession((s) => s.presented);
  // After a reload the chosen story comes back from the tab's storage, checked like a file.
  const [kept] = useState(() => {
    const parsed = parseStory(keptStoryJson());
    return parsed.ok ? parsed.story : null;
  });
  const presented = chosen ?? kept;
  const [fetched, setFetched] = useState<StoryLoad | null>(null);
  const url = param && 'url' in param ? param.url : null;

  useEffect(() => {
    if (!url) return;
    let live = true;
    void loadStoryUrl(url).then((result) => {
      if (live) setFetched(result);
    });
    return () => {
      live = false;
    };
  }, [url]);

  if (param && 'invalid' in param) return { status: 'invalid-url', value: param.invalid };
  if (url) {
    if (!fetched) return { status: 'loading' };
    return fetched.ok
      ? { status: 'ok', story: fetched.story, fromUrl: true }
      : { status: 'failed', load: fetched };
  }
  if (presented) return { status: 'ok', story: presented, fromUrl: false };
  const builtIn = loadStory();
  return builtIn.ok
    ? { status: 'ok', story: builtIn.story, fromUrl: false }
    : {
        status: 'failed',
        load: { ok: false, kind: 'schema', problems: builtIn.problems, issues: builtIn.issues },
      };
}
