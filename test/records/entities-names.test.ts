/** The name stage sentence by sentence: which names it finds, of which type, under which canonical name and role. */
import { describe, expect, it } from 'vitest';
import { createNameExtractor } from '../../src/mentions/entities/index.js';
import type { ExtractContext } from '../../src/types.js';

const ctx: ExtractContext = { published: '2024-07-03', lang: 'en', debug: () => {} };
const extractor = createNameExtractor();

/** Typed names of a sentence as [text, type, name] or [text, type, name, role]; candidates (type null) left out. */
function names(text: string): string[][] {
  return extractor
    .extract({ index: 0, start: 0, end: text.length, text }, ctx)
    .filter((m) => m.type !== null)
    .map((m) => [m.text, m.type as string, m.name, ...(m.role ? [m.role] : [])]);
}

describe('names in a sentence', () => {
  it.each([
    // people: the leaders file, titles, appositives
    [
      "Kazakhstan's President Kassym-Jomart Tokayev arrived.",
      [['Kassym-Jomart Tokayev', 'person', 'Kassym-Jomart Tokayev', 'President of Kazakhstan']],
    ],
    [
      'Chinese Foreign Minister Wang Yi spoke.',
      [['Wang Yi', 'person', 'Wang Yi', 'Foreign Minister of China']],
    ],
    [
      'Minister of Foreign Affairs Murat Nurtleu spoke.',
      [['Murat Nurtleu', 'person', 'Murat Nurtleu', 'Minister of Foreign Affairs']],
    ],
    [
      'Erlan Karin, chairman of the Kazakh-Chinese Business Council, spoke.',
      [
        ['Erlan Karin', 'person', 'Erlan Karin', 'Chairman of the Kazakh-Chinese Business Council'],
        ['Kazakh-Chinese Business Council', 'organization', 'Kazakh-Chinese Business Council'],
      ],
    ],
    [
      'Mr Smith visited the Halyk Bank office.',
      [
        ['Smith', 'person', 'Smith'],
        ['Halyk Bank', 'organization', 'Halyk Bank'],
      ],
    ],
    // organisations: data, definitions, suffixes
    [
      'The EU, ASEAN, BRICS, WTO and IMF sent observers.',
      [
        ['EU', 'organization', 'European Union'],
        ['ASEAN', 'organization', 'Association of Southeast Asian Nations'],
        ['BRICS', 'organization', 'BRICS'],
        ['WTO', 'organization', 'World Trade Organization'],
        ['IMF', 'organization', 'International Monetary Fund'],
      ],
    ],
    [
      'The Conference on Interaction and Confidence-Building Measures in Asia (CICA) met.',
      [
        [
          'Conference on Interaction and Confidence-Building Measures in Asia',
          'organization',
          'Conference on Interaction and Confidence-Building Measures in Asia',
        ],
        ['CICA', 'organization', 'Conference on Interaction and Confidence-Building Measures in Asia'],
      ],
    ],
    [
      'Students of Almaty Management University visited Beijing.',
      [
        ['Almaty Management University', 'organization', 'Almaty Management University'],
        ['Beijing', 'place', 'Beijing'],
      ],
    ],
    // places: the gazetteer, lists, "the port of", "X border crossing"
    [
      'The talks covered dry ports like Lianyungang, Xi’an, and Khorgos.',
      [
        ['Lianyungang', 'place', 'Lianyungang'],
        ['Xi’an', 'place', "Xi'an"],
        ['Khorgos', 'place', 'Khorgos'],
      ],
    ],
    [
      'Cargo reached the port of Kuryk and the Altynkol border crossing.',
      [
        ['Kuryk', 'place', 'Kuryk'],
        ['Altynkol', 'place', 'Altynkol'],
      ],
    ],
    [
      'Goods pass through dry ports such as Zhetygen and Bolashak.',
      [
        ['Zhetygen', 'place', 'Zhetygen'],
        ['Bolashak', 'place', 'Bolashak'],
      ],
    ],
    // initiatives: data, suffixes, quoted names, pipelines, any case
    [
      'They praised the “Golden Bridge” project and the Global Development Initiative.',
      [
        ['Golden Bridge', 'initiative', 'Golden Bridge'],
        ['Global Development Initiative', 'initiative', 'Global Development Initiative'],
      ],
    ],
    [
      'They inspected the Kazakhstan–China oil pipeline.',
      [['Kazakhstan–China oil pipeline', 'initiative', 'Kazakhstan-China oil pipeline']],
    ],
    ['The visa-free regime helps tourists.', [['visa-free regime', 'initiative', 'visa-free regime']]],
    [
      'Both joined the “One Belt, One Road” initiative.',
      [['One Belt, One Road', 'initiative', 'Belt and Road Initiative']],
    ],
    // other scripts
    [
      'Токаев прибыл в Астану.',
      [
        ['Токаев', 'person', 'Kassym-Jomart Tokayev'],
        ['Астану', 'place', 'Astana'],
      ],
    ],
    [
      '习近平和普京在北京会谈。',
      [
        ['习近平', 'person', 'Xi Jinping'],
        ['普京', 'person', 'Vladimir Putin'],
        ['北京', 'place', 'Beijing'],
      ],
    ],
    // odd and negative rows
    ['Most analysts agree.', []],
    [
      'Xi’an is a hub; Xi spoke later.',
      [
        ['Xi’an', 'place', "Xi'an"],
        ['Xi', 'person', 'Xi Jinping'],
      ],
    ],
    ['THE SCO AND THE UN MEET IN ASTANA', [['ASTANA', 'place', 'Astana']]],
    ['the un and the sco are bodies', []],
    [
      'Dostyk ((and (Altynkol))) "quotes',
      [
        ['Dostyk', 'place', 'Dostyk'],
        ['Altynkol', 'place', 'Altynkol'],
      ],
    ],
    ['“Unclosed quote Initiative', []],
    ['President', []],
    ['', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('gives document offsets', () => {
    const [mention] = extractor
      .extract({ index: 4, start: 100, end: 120, text: 'Visit to Khorgos now' }, ctx)
      .filter((m) => m.type);
    expect(mention).toMatchObject({ text: 'Khorgos', start: 109, end: 116, rule: 'known-place' });
  });
});
