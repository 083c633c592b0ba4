// Every locale file is registered here, one namespace per feature, so features add strings
// without touching each other's files. The English resources define the typed keys.
import enCommon from './locales/en/common.json';
import frCommon from './locales/fr/common.json';
import enMap from './locales/en/map.json';
import frMap from './locales/fr/map.json';
import enTimeline from './locales/en/timeline.json';
import frTimeline from './locales/fr/timeline.json';
import enInvestments from './locales/en/investments.json';
import frInvestments from './locales/fr/investments.json';
import enDetails from './locales/en/details.json';
import frDetails from './locales/fr/details.json';
import enEmbed from './locales/en/embed.json';
import frEmbed from './locales/fr/embed.json';
import enOffline from './locales/en/offline.json';
import frOffline from './locales/fr/offline.json';
import enDataset from './locales/en/dataset.json';
import frDataset from './locales/fr/dataset.json';
import enCorrections from './locales/en/corrections.json';
import frCorrections from './locales/fr/corrections.json';
import enPresenter from './locales/en/presenter.json';
import frPresenter from './locales/fr/presenter.json';
import enExport from './locales/en/export.json';
import frExport from './locales/fr/export.json';
import enProvenance from './locales/en/provenance.json';
import frProvenance from './locales/fr/provenance.json';
import enNewsroom from './locales/en/newsroom.json';
import frNewsroom from './locales/fr/newsroom.json';
import enStories from './locales/en/stories.json';
import frStories from './locales/fr/stories.json';

export const resources = {
  en: {
    common: enCommon,
    map: enMap,
    timeline: enTimeline,
    investments: enInvestments,
    details: enDetails,
    embed: enEmbed,
    offline: enOffline,
    dataset: enDataset,
    corrections: enCorrections,
    presenter: enPresenter,
    export: enExport,
    provenance: enProvenance,
    newsroom: enNewsroom,
    stories: enStories,
  },
  fr: {
    common: frCommon,
    map: frMap,
    timeline: frTimeline,
    investments: frInvestments,
    details: frDetails,
    embed: frEmbed,
    offline: frOffline,
    dataset: frDataset,
    corrections: frCorrections,
    presenter: frPresenter,
    export: frExport,
    provenance: frProvenance,
    newsroom: frNewsroom,
    stories: frStories,
  },
} as const;

export const defaultNS = 'common';
export type Namespace = keyof (typeof resources)['en'];
