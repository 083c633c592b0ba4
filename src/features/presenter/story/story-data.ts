/** The story, validated once when the presenter chunk loads (it ships with the app, like the basemap). */
import storyJson from '../../../../data/story.json';
import { parseStory, type StoryResult } from './story-schema';

let cached: StoryResult | null = null;

export function loadStory(): StoryResult {
  cached ??= parseStory(storyJson);
  return cached;
}
