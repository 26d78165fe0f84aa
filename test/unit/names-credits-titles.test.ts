import { strict as assert } from 'node:assert';
import { findNames } from '../../src/core/names';
import { withoutTitles } from '../../src/core/names/titles';
import { creditedPersons } from '../../src/core/names/credits';
import type { Span } from '../../src/core/names/tagger';
import { tokenize } from '../../src/core/names/tokenize';
import { shippedNameModel } from './name-model';

const found = (text: string): string[] => findNames(text, shippedNameModel()).map((name) => `${name.type}:${name.text}`);

/** A rule over a text, from tagger spans given as [first, last, type]; the result as "TYPE:words". */
function applied(rule: (spans: Span[], words: string[]) => Span[], text: string, tagged: Array<[number, number, Span['type']]> = []): string[] {
  const words = tokenize(text).tokens.map((t) => t.norm);
  return rule(tagged.map(([first, last, type]) => ({ first, last, type })), words).map((span) => `${span.type}:${words.slice(span.first, span.last + 1).join(' ')}`);
}
const credits = (spans: Span[], words: string[]): Span[] => creditedPersons(spans, words, (t) => t === 0);

describe('credited persons', () => {
  it('makes every name a wire credit names a person, replacing what the tagger made of it', () => {
    assert.deepEqual(applied(credits, 'Reporting by Ece Toksabay; Editing by Lincoln Feast.', [[6, 7, 'LOC']]), ['PER:Ece Toksabay', 'PER:Lincoln Feast']);
    assert.deepEqual(applied(credits, '(Reporting by Yew Lun Tian and Gabriel Crossley; Editing by Kim Coghill)', [[4, 5, 'PER']]), ['PER:Yew Lun Tian', 'PER:Gabriel Crossley', 'PER:Kim Coghill']);
    assert.deepEqual(applied(credits, 'Additional reporting by Parisa Hafezi in Dubai', [[3, 4, 'LOC'], [6, 6, 'LOC']]), ['PER:Parisa Hafezi', 'LOC:Dubai']);
    assert.deepEqual(applied(credits, 'Reporting by Marta Nogueira de Souza, Ana Mano and Roberto Samora in Sao Paulo'), ['PER:Marta Nogueira de Souza', 'PER:Ana Mano', 'PER:Roberto Samora']);
  });

  it('leaves prose and one-word credits to the tagger', () => {
    assert.deepEqual(applied(credits, 'According to reporting by The New York Times, he left.', [[4, 7, 'ORG']]), ['ORG:The New York Times']);
    assert.deepEqual(applied(credits, 'Reporting by Reuters; Editing by Jane Doe', [[2, 2, 'ORG']]), ['ORG:Reuters', 'PER:Jane Doe']);
    assert.deepEqual(applied(credits, 'He was hit by Manchester United fans.', [[4, 5, 'ORG']]), ['ORG:Manchester United']);
  });

  it('finds credited names the tagger alone missed or mistyped, with the shipped model', () => {
    assert.deepEqual(found('(Writing by Ece Toksabay; Editing by Lincoln Feast.)'), ['PER:Ece Toksabay', 'PER:Lincoln Feast']);
  });
});

const titles = (spans: Span[], words: string[]): Span[] => withoutTitles(spans, words, (lowercase) => lowercase === 'u.s.');

describe('titles before names', () => {
  it('splits a role acronym off a company and a person', () => {
    assert.deepEqual(applied(titles, 'Tesla CEO Elon Musk said.', [[0, 3, 'ORG']]), ['ORG:Tesla', 'PER:Elon Musk']);
    assert.deepEqual(applied(titles, 'CEO Sundar Pichai said.', [[0, 2, 'ORG']]), ['PER:Sundar Pichai']);
    assert.deepEqual(applied(titles, 'Moderna CEO Stephane Bancel said.', [[0, 0, 'LOC'], [2, 3, 'PER']]), ['ORG:Moderna', 'PER:Stephane Bancel']);
    assert.deepEqual(applied(titles, 'U.S. CEO confidence fell.', [[0, 0, 'LOC']]), ['LOC:U.S.']);
    assert.deepEqual(applied(titles, 'The CEO resigned.', [[1, 1, 'ORG']]), []);
  });

  it('splits a written-out role off an organisation and a person', () => {
    assert.deepEqual(applied(titles, 'Federal Reserve Governor Lawrence Lindsey said.', [[0, 4, 'ORG']]), ['ORG:Federal Reserve', 'PER:Lawrence Lindsey']);
    assert.deepEqual(applied(titles, 'Boeing Chief Financial Officer Michael Sears left.', [[0, 5, 'ORG']]), ['ORG:Boeing', 'PER:Michael Sears']);
    assert.deepEqual(applied(titles, 'the Apple Chief Executive Officer spoke.', [[1, 4, 'ORG']]), ['ORG:Apple']);
    assert.deepEqual(applied(titles, 'Vice President Mike Pence said.', [[0, 3, 'PER']]), ['PER:Mike Pence']);
    assert.deepEqual(applied(titles, 'U.S. Ambassador John Smith said.', [[0, 3, 'ORG']]), ['LOC:U.S.', 'PER:John Smith']);
    // Cut short by the tagger: the rest of the role is no person.
    assert.deepEqual(applied(titles, 'Boeing Executive Vice President Scott Carson replied.', [[0, 2, 'ORG']]), ['ORG:Boeing']);
  });

  it('keeps names that only hold a role word', () => {
    assert.deepEqual(applied(titles, 'Federico Mayor spoke.', [[0, 1, 'PER']]), ['PER:Federico Mayor']);
    assert.deepEqual(applied(titles, 'The Federal Executive Council met.', [[1, 3, 'ORG']]), ['ORG:Federal Executive Council']);
    assert.deepEqual(applied(titles, 'Amazon Prime Video streams it.', [[0, 2, 'ORG']]), ['ORG:Amazon Prime Video']);
    assert.deepEqual(applied(titles, 'General Motors said.', [[0, 1, 'ORG']]), ['ORG:General Motors']);
    assert.deepEqual(applied(titles, 'The Executive Yuan approved it.', [[1, 2, 'ORG']]), ['ORG:Executive Yuan']);
    assert.deepEqual(applied(titles, 'Chief Executive Brian Chesky said.', [[0, 3, 'ORG']]), ['PER:Brian Chesky']);
  });

  it('makes an untagged acronym before a role and a person the organisation', () => {
    assert.deepEqual(applied(titles, 'IMF Managing Director Kristalina Georgieva said.', [[3, 4, 'PER']]), ['ORG:IMF', 'PER:Kristalina Georgieva']);
    assert.deepEqual(applied(titles, 'NATO Secretary-General Jens Stoltenberg said.', [[2, 3, 'PER']]), ['ORG:NATO', 'PER:Jens Stoltenberg']);
    assert.deepEqual(applied(titles, 'The IMF said Kristalina Georgieva agreed.', [[3, 4, 'PER']]), ['PER:Kristalina Georgieva']);
  });

  it('makes an organisation or MISC name right after a title a person, not a place', () => {
    assert.deepEqual(applied(titles, 'Chinese President Xi Jinping met him.', [[0, 0, 'MISC'], [2, 3, 'ORG']]), ['MISC:Chinese', 'PER:Xi Jinping']);
    assert.deepEqual(applied(titles, 'Deputy Defense Secretary Wolfowitz wrote.', [[3, 3, 'ORG']]), ['PER:Wolfowitz']);
    assert.deepEqual(applied(titles, 'Prince Edward Island voted.', [[1, 2, 'LOC']]), ['LOC:Edward Island']);
    assert.deepEqual(applied(titles, 'President Clinton Foundation staff', [[1, 2, 'ORG']]), ['ORG:Clinton Foundation']);
    assert.deepEqual(applied(titles, 'U.N. Secretary-General Antonio Guterres spoke.', [[0, 0, 'ORG'], [2, 3, 'ORG']]), ['ORG:U.N.', 'PER:Antonio Guterres']);
  });

  it('makes the other mentions of a name after a title persons too, and then the acronym before the role the organisation', () => {
    // The tagger's tie of one person and one organisation: the title decides.
    assert.deepEqual(applied(titles, 'President Xi Jinping spoke. Xi Jinping said more.', [[1, 2, 'PER'], [5, 6, 'ORG']]), ['PER:Xi Jinping', 'PER:Xi Jinping']);
    assert.deepEqual(applied(titles, 'President Xi Jinping spoke. Xi Jinping Thought was taught.', [[1, 2, 'ORG'], [5, 6, 'LOC']]), ['PER:Xi Jinping', 'LOC:Xi Jinping']);
    assert.deepEqual(applied(titles, 'WHO Director-General Tedros Adhanom Ghebreyesus said.', [[2, 2, 'ORG'], [3, 4, 'PER']]), ['ORG:WHO', 'PER:Tedros', 'PER:Adhanom Ghebreyesus']);
  });

  it('splits roles with the shipped model', () => {
    assert.deepEqual(found('Bank of England Governor Andrew Bailey said rates could fall.'), ['ORG:Bank of England', 'PER:Andrew Bailey']);
    assert.deepEqual(found('IMF Managing Director Kristalina Georgieva said.'), ['ORG:IMF', 'PER:Kristalina Georgieva']);
    // The tagger reads "Tedros" as an organisation and leaves "WHO" out.
    assert.deepEqual(found('WHO Director-General Tedros Adhanom Ghebreyesus said the virus was a threat.'), ['ORG:WHO', 'PER:Tedros Adhanom Ghebreyesus']);
    assert.deepEqual(found('Chinese President Xi Jinping spoke by phone with Putin. Xi Jinping said China would open further.').filter((name) => name.includes('Xi')), ['PER:Xi Jinping', 'PER:Xi Jinping']);
  });

  it('leaves a title out of a person and makes the name after a courtesy title a person', () => {
    assert.deepEqual(applied(titles, 'Mr Johnson said.', [[0, 1, 'PER']]), ['PER:Johnson']);
    assert.deepEqual(applied(titles, 'Sen. Warren said.', [[0, 1, 'PER']]), ['PER:Warren']);
    assert.deepEqual(applied(titles, 'Ms Ardern said.', [[0, 1, 'ORG']]), ['PER:Ardern']);
    assert.deepEqual(applied(titles, 'Mrs May said.'), ['PER:May']);
    assert.deepEqual(applied(titles, 'Warren added that Mr. Biden agreed.', [[4, 4, 'MISC']]), ['PER:Biden']);
    assert.deepEqual(applied(titles, 'Mr. and Mrs. Smith came.'), ['PER:Smith']);
  });

  it('keeps what only looks like a title and a name', () => {
    assert.deepEqual(applied(titles, 'Dr Pepper sales rose.', [[0, 1, 'ORG']]), ['ORG:Dr Pepper']);
    assert.deepEqual(applied(titles, 'Gen. Motors', [[0, 1, 'ORG']]), ['ORG:Gen. Motors']);
    assert.deepEqual(applied(titles, 'Miss Stamper 3-1 joint-favourite'), []);
    assert.deepEqual(applied(titles, 'Mr Justice Anthony Mann agreed.', [[2, 3, 'PER']]), ['PER:Anthony Mann']);
  });

  it('reads WSJ-style "Mr. Antar" as the person Antar with the shipped model', () => {
    // The tagger alone: ORG "Mr. Antar" (CoNLL's 1996 Reuters text rarely writes "Mr.").
    assert.deepEqual(found('Prosecutors told Mr. Antar that the fees may be seized.'), ['PER:Antar']);
    assert.deepEqual(found('Ms Ardern said on Monday.'), ['PER:Ardern']);
  });
});
