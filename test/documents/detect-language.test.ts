import { beforeAll, describe, expect, it } from 'vitest';
import { clearlyEnglish } from '../../src/documents/clearly-english.js';
import { detectLanguage, loadLanguageDetector } from '../../src/documents/detect-language.js';

const ENGLISH = [
  'The two presidents met in the capital on Tuesday. They said that the volume of trade between the countries had grown by a fifth, and that the new rail link to the port will carry the first containers by the end of the year. The ministers of the two sides signed a plan for the joint projects.',
  'Freight on the route rose sharply last year, according to the railway company. The operator said it was adding trains to the schedule and that the terminal at the border is being expanded with the help of a loan from the development bank.',
];

/** Text in other languages, some quoting English, none of which may take the fast path. */
const OTHERS: [string, string][] = [
  [
    'fr',
    "Les deux présidents se sont rencontrés mardi dans la capitale. Ils ont déclaré que le volume des échanges entre les deux pays avait augmenté d'un cinquième et que la nouvelle liaison ferroviaire transportera les premiers conteneurs d'ici la fin de l'année.",
  ],
  [
    'de',
    'Die beiden Präsidenten trafen sich am Dienstag in der Hauptstadt. Sie erklärten, das Handelsvolumen zwischen den Ländern sei um ein Fünftel gewachsen und die neue Bahnverbindung werde bis Jahresende die ersten Container befördern. Die Regierung will die Zusammenarbeit ausbauen.',
  ],
  [
    'nl',
    'De twee presidenten ontmoetten elkaar dinsdag in de hoofdstad. Zij zeiden dat het handelsvolume tussen de landen met een vijfde was gegroeid en dat de nieuwe spoorverbinding tegen het einde van het jaar de eerste containers zal vervoeren. Het is een belangrijke stap.',
  ],
  [
    'es',
    'Los dos presidentes se reunieron el martes en la capital. Dijeron que el volumen del comercio entre los países había crecido una quinta parte y que la nueva conexión ferroviaria transportará los primeros contenedores antes de fin de año.',
  ],
  [
    'ru',
    'Президенты двух стран встретились во вторник в столице. Они заявили, что объём торговли между странами вырос на пятую часть, а новая железнодорожная линия до конца года перевезёт первые контейнеры. The statement was published in English as well.',
  ],
  [
    'zh',
    '两国元首周二在首都会晤。双方表示，两国贸易额增长了五分之一，新的铁路线将在年底前运送首批集装箱。The joint statement of the two sides was also published in English on the website of the ministry.',
  ],
];

describe('language identification', () => {
  beforeAll(loadLanguageDetector);

  it.each(ENGLISH.map((t) => [t.slice(0, 40), t] as const))(
    'takes the fast path for plain English: %s',
    (_n, text) => {
      expect(clearlyEnglish(text)).toBe(true);
      expect(detectLanguage(text)).toBe('en');
    },
  );

  it.each(OTHERS)('leaves %s text to the n-gram detector, which names it', (lang, text) => {
    expect(clearlyEnglish(text)).toBe(false);
    expect(detectLanguage(text)).toBe(lang);
  });

  it('does not take the fast path for a short line or a list of names', () => {
    expect(clearlyEnglish('The sides met.')).toBe(false);
    expect(
      clearlyEnglish(
        'Astana, Almaty, Beijing, Shanghai, Xian, Urumqi, Khorgos, Aktau, Kuryk, Dostyk, Altynkol',
      ),
    ).toBe(false);
  });
});
