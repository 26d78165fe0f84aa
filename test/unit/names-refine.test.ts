import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../src/core/analyze';
import { findNames } from '../../src/core/names';
import { NO_WORD_LISTS, companiesListed, companiesNotMisc, companiesNotPersons, dropNonNames, joinAdjacentPersons, joinOrganisationsAcrossOf, joinPatronymics, organisationsByAppositive, organisationsByHead, personsBeforeAdministration, personsBeforeAges, placesByHead, placesInCompound, repeatNames, surnamesAsPersons, typedByWordAfter, unifyTypes, withoutLeadingThe } from '../../src/core/names/refine';
import { productForms } from '../../src/core/names/products';
import type { Span } from '../../src/core/names/tagger';
import { tokenize } from '../../src/core/names/tokenize';
import { shippedNameModel } from './name-model';

/** Words and sentences of a text, and a span over the tokens of `phrase` (its first occurrence). */
function tokens(text: string): { words: string[]; sentences: Array<[number, number]>; span: (phrase: string, type: Span['type']) => Span } {
  const { tokens: found, sentences } = tokenize(text);
  const words = found.map((t) => t.norm);
  const span = (phrase: string, type: Span['type']): Span => {
    const parts = tokenize(phrase).tokens.map((t) => t.norm);
    for (let i = 0; i + parts.length <= words.length; i++) {
      if (parts.every((p, k) => words[i + k] === p)) return { first: i, last: i + parts.length - 1, type };
    }
    throw new Error(`no "${phrase}" in the text`);
  };
  return { words, sentences, span };
}

const kept = (text: string, phrase: string, type: Span['type']): boolean => {
  const { words, sentences, span } = tokens(text);
  return dropNonNames([span(phrase, type)], words, sentences).length === 1;
};

describe('name refinements', () => {
  it('drops the maker of a product named with a model designation', () => {
    assert.equal(kept('The airline bought ten Boeing 787 Dreamliners last year.', 'Boeing', 'ORG'), false);
    assert.equal(kept('Qantas flies the Airbus A380-800 to London.', 'Airbus', 'ORG'), false);
    assert.equal(kept('Sales of the Ford F-150 fell.', 'Ford', 'ORG'), false);
    assert.equal(kept('The A380 landed in Sydney.', 'A380', 'ORG'), false);
  });

  it("keeps a company's legal name before a model designation", () => {
    assert.equal(kept('The FAA lifted its grounding order on the Boeing Co 737 MAX.', 'Boeing Co', 'ORG'), true);
    assert.equal(kept('Airbus SE A321neo deliveries rose.', 'Airbus SE', 'ORG'), true);
  });

  it("drops a politician's party and state", () => {
    assert.equal(kept('Sen. Elizabeth Warren, D-Mass., said.', 'D-Mass', 'ORG'), false);
    assert.equal(kept('a gift from Rep. Lincoln Diaz-Balart, R-Fla. The dog ran.', 'R-Fla', 'LOC'), false);
    assert.equal(kept('Sen. Joe Manchin, D-W.Va., said.', 'D-W.Va', 'ORG'), false);
    assert.equal(kept('The D-Day landings', 'D-Day', 'MISC'), true);
  });

  it('drops the maker before a plural model designation, even at the end of a headline', () => {
    assert.equal(kept('Ryanair exercises options on five Boeing 737s', 'Boeing', 'MISC'), false);
    assert.equal(kept('Essex 250', 'Essex', 'ORG'), true);
  });

  it('drops a maker before a three-digit variant ("Boeing 737-800"), not before a score', () => {
    assert.equal(kept('He chose it, saying the Boeing 737-800 has the best reliability.', 'Boeing', 'ORG'), false);
    assert.equal(kept('Essex 250-6 declared.', 'Essex', 'ORG'), true);
  });

  it('finds products by what the article says of them, in every mention', () => {
    const text = 'Apple unveiled Lion, the new version of their Mac OS X operating system. Lion ships soon. Tiger, the code name for this release, sold well. The MacBook Air laptops and Intel processors shipped.';
    const { words, sentences, span } = tokens(text);
    const isCompany = (lowercase: string): boolean => lowercase === 'intel' || lowercase === 'apple';
    const spans: Span[] = [span('Apple', 'ORG'), span('Lion', 'PER'), span('Mac OS X', 'ORG'), span('Tiger', 'PER'), span('MacBook Air', 'ORG'), span('Intel', 'ORG')];
    assert.deepEqual([...productForms(spans, words, sentences, { ...NO_WORD_LISTS, isCompany })].sort(), ['lion', 'mac os x', 'macbook air', 'tiger']);
    const lion = words.lastIndexOf('Lion');
    assert.deepEqual(
      dropNonNames([...spans, { first: lion, last: lion, type: 'PER' } as Span].sort((a, b) => a.first - b.first), words, sentences, { ...NO_WORD_LISTS, isCompany }).map((s) => words.slice(s.first, s.last + 1).join(' ')),
      ['Apple', 'Intel'],
    );
  });

  it('takes a product written after its kind, and every name that starts with a product, however capitalised', () => {
    const { words, sentences, span } = tokens('It runs the Apple operating system Mac OSX. The MacBook Air laptops ship. The Macbook Air Pro too.');
    const spans: Span[] = [span('Apple', 'ORG'), span('Mac OSX', 'LOC'), span('MacBook Air', 'PER'), span('Macbook Air Pro', 'PER')];
    const isCompany = (lowercase: string): boolean => lowercase === 'apple';
    assert.deepEqual(dropNonNames(spans, words, sentences, { ...NO_WORD_LISTS, isCompany }).map((s) => words.slice(s.first, s.last + 1).join(' ')), ['Apple']);
  });

  it('takes no maker, team or company for a product', () => {
    const check = (text: string, phrase: string): number => {
      const { words, sentences, span } = tokens(text);
      return productForms([span(phrase, 'ORG')], words, sentences, NO_WORD_LISTS).size;
    };
    assert.equal(check('Geely, the Chinese car maker, grew.', 'Geely'), 0);
    assert.equal(check('Two behind Dynamo Moscow, the Volgograd side have a game in hand.', 'Dynamo Moscow'), 0);
    assert.equal(check('Fans threw stones at Dynamo Moscow players.', 'Dynamo Moscow'), 0);
    assert.equal(check('GM showed the Volt, a plug-in hybrid car.', 'Volt'), 1);
  });

  it('keeps a capitalised "The" out of a name the article also writes without it', () => {
    const { words, span } = tokens('Boeing said so. The Boeing 737 flew. The Times reported it.');
    const spans: Span[] = [span('Boeing', 'ORG'), span('The Boeing', 'ORG'), span('The Times', 'ORG')];
    assert.deepEqual(withoutLeadingThe(spans, words).map((s) => words.slice(s.first, s.last + 1).join(' ')), ['Boeing', 'Boeing', 'The Times']);
  });

  it('keeps a description at a sentence start out of a name', () => {
    const { words, span } = tokens('Rival General Motors Co said so. Embattled Boeing agreed. Former Yugoslav Republic of Macedonia');
    const spans: Span[] = [span('Rival General Motors Co', 'ORG'), span('Embattled Boeing', 'ORG'), span('Former Yugoslav Republic of Macedonia', 'LOC')];
    assert.deepEqual(withoutLeadingThe(spans, words).map((s) => words.slice(s.first, s.last + 1).join(' ')), ['General Motors Co', 'Boeing', 'Former Yugoslav Republic of Macedonia']);
    const based = tokens('Kalamazoo, Mich.-based First of America said so.');
    assert.deepEqual(withoutLeadingThe([based.span('Mich.-based First of America', 'ORG')], based.words).map((s) => based.words.slice(s.first, s.last + 1).join(' ')), ['First of America']);
  });

  it('keeps a capitalised "The" out of a name that ends in an organisation\'s head word, as CoNLL-2003 does', () => {
    const { words, span } = tokens('The World Health Organization said so. The Natural Law Party agreed. The Oval was full.');
    const spans: Span[] = [span('The World Health Organization', 'MISC'), span('The Natural Law Party', 'ORG'), span('The Oval', 'LOC')];
    assert.deepEqual(withoutLeadingThe(spans, words).map((s) => words.slice(s.first, s.last + 1).join(' ')), ['World Health Organization', 'Natural Law Party', 'The Oval']);
    const shipped = findNames('The World Health Organization said on Monday it expected results.', shippedNameModel());
    assert.deepEqual(shipped.map((name) => `${name.type}:${name.text}`), ['ORG:World Health Organization']);
  });

  it('keeps teams in results, scores and fiscal periods', () => {
    assert.equal(kept('Essex 250 for 6 declared.', 'Essex', 'ORG'), true);
    assert.equal(kept('Durham 114 ( S. Watkin 4-28 ) and 120.', 'Durham', 'ORG'), true);
    assert.equal(kept('Melrose 107 Stirling County 10', 'Melrose', 'ORG'), true);
    assert.equal(kept('Sampras beat Agassi 6-3 6-4.', 'Agassi', 'PER'), true);
    assert.equal(kept('Boeing 2010 results were strong.', 'Boeing', 'ORG'), true);
    assert.equal(kept('COMELF H1 PROFIT RISE BELOW TARGET', 'COMELF', 'ORG'), true);
    assert.equal(kept('Boeing said on Monday it would hire 300 engineers.', 'Boeing', 'ORG'), true);
  });

  it("drops a product's name after its designation, everywhere in the article", () => {
    const text = 'Boeing 787 ``Dreamliner\'\' makes maiden flight. The Dreamliner seats 250. Airbus said the A350 XWB would compete.';
    const { words, sentences, span } = tokens(text);
    const at = words.flatMap((w, i) => (w === 'Dreamliner' ? [i] : []));
    const spans: Span[] = [...at.map((i): Span => ({ first: i, last: i, type: 'PER' })), span('XWB', 'ORG'), span('Airbus', 'ORG')];
    spans.sort((a, b) => a.first - b.first);
    assert.deepEqual(dropNonNames(spans, words, sentences).map((s) => words.slice(s.first, s.last + 1).join(' ')), ['Airbus']);
  });

  it("types a product's maker met alone in the article as the company", () => {
    const { words, sentences, span } = tokens('Qantas flies the Airbus A380-800 to London. It was made by Airbus in Toulouse.');
    const at = words.flatMap((w, i) => (w === 'Airbus' ? [i] : []));
    const spans: Span[] = [span('Qantas', 'ORG'), { first: at[0] as number, last: (at[0] as number) + 1, type: 'MISC' }, span('London', 'LOC'), { first: at[1] as number, last: at[1] as number, type: 'MISC' }, span('Toulouse', 'LOC')];
    assert.deepEqual(dropNonNames(spans, words, sentences).map((s) => `${words.slice(s.first, s.last + 1).join(' ')}/${s.type}`), ['Qantas/ORG', 'Airbus A380-800/MISC', 'London/LOC', 'Airbus/ORG', 'Toulouse/LOC']);
    // An index is not a maker's company: "S&P" before a number stays as the tagger had it.
    const index = tokens('The S&P 500 index fell. Gains were 3.3% for the S&P 500, 3.5% for the Nasdaq.');
    const sp = index.words.flatMap((w, i) => (/^S.*P$/.test(w) ? [i] : []));
    assert.equal(sp.length, 2);
    const indexSpans: Span[] = sp.map((i): Span => ({ first: i, last: i, type: 'MISC' }));
    assert.deepEqual(dropNonNames(indexSpans, index.words, index.sentences), [indexSpans[1]]);
    assert.equal(kept('Watched by former Olympic 100 metres champions.', 'Olympic', 'MISC'), true);
  });

  it('drops a span of maker, designation and product name, and the product named alone', () => {
    const { words, sentences, span } = tokens('Singapore Airlines flies the Boeing 787 Dreamliner to London; the Dreamliner seats 250 people. Boeing said so.');
    const at = words.flatMap((w, i) => (w === 'Dreamliner' ? [i] : []));
    const spans: Span[] = [span('Singapore Airlines', 'ORG'), span('Boeing 787 Dreamliner', 'ORG'), span('London', 'LOC'), { first: at[1] as number, last: at[1] as number, type: 'LOC' }, { first: words.lastIndexOf('Boeing'), last: words.lastIndexOf('Boeing'), type: 'PER' }];
    assert.deepEqual(dropNonNames(spans, words, sentences).map((s) => `${words.slice(s.first, s.last + 1).join(' ')}/${s.type}`), ['Singapore Airlines/ORG', 'London/LOC', 'Boeing/ORG']);
    // Roads, flights and results lines are not products.
    const road = tokens('Traffic on Highway 401 slowed.');
    assert.equal(dropNonNames([road.span('Highway 401', 'LOC')], road.words, road.sentences).length, 1);
  });

  it('keeps names after a quantity, and known places and companies after a designation', () => {
    const isListed = (lowercase: string): boolean => ['seoul', 'air'].includes(lowercase);
    const keptWith = (text: string, phrase: string, type: Span['type']): boolean => {
      const { words, sentences, span } = tokens(text);
      return dropNonNames([span(phrase, type)], words, sentences, { ...NO_WORD_LISTS, isCompany: isListed, isPlace: isListed }).length === 1;
    };
    assert.equal(keptWith('More than 300 U.S. warplanes were sent.', 'U.S.', 'LOC'), true);
    assert.equal(keptWith('Thirty-two of the 159 U.N. members had filed.', 'U.N.', 'ORG'), true);
    assert.equal(keptWith('About 100 Air France workers marched.', 'Air France', 'ORG'), true);
    assert.equal(keptWith('Leaders met at the G20 Seoul summit.', 'Seoul', 'LOC'), true);
    assert.equal(keptWith('Essex 250 Smith 40 Jones 12', 'Smith', 'PER'), true);
  });

  it('drops names spelled like iPod, unless the company list has them', () => {
    assert.equal(kept('Apple introduced an iPod capable of video.', 'iPod', 'ORG'), false);
    assert.equal(kept('Apple launched the iTunes Music Store in 2003.', 'iTunes Music Store', 'ORG'), false);
    const { words, sentences, span } = tokens('Shares of iRobot rose.');
    assert.equal(dropNonNames([span('iRobot', 'ORG')], words, sentences, { ...NO_WORD_LISTS, isCompany: (lowercase) => lowercase === 'irobot' }).length, 1);
    assert.equal(kept('Shares of Intel rose.', 'Intel', 'ORG'), true);
  });

  it("types a surname alone as the person whose full name the article gives", () => {
    const { words, span } = tokens('Steve Jobs spoke. Jobs welcomed everyone. Henry Ford founded Ford.');
    const at = words.flatMap((w, i) => (w === 'Jobs' || w === 'Ford' ? [i] : []));
    const spans: Span[] = [span('Steve Jobs', 'PER'), { first: at[1] as number, last: at[1] as number, type: 'ORG' }, span('Henry Ford', 'PER'), { first: at[3] as number, last: at[3] as number, type: 'ORG' }];
    const isListed = (lowercase: string): boolean => lowercase === 'ford';
    assert.deepEqual(surnamesAsPersons(spans, words, { ...NO_WORD_LISTS, isCompany: isListed }).map((s) => s.type), ['PER', 'PER', 'PER', 'ORG']);
    // Without the full name nothing changes.
    assert.deepEqual(surnamesAsPersons([spans[1] as Span], words, { ...NO_WORD_LISTS, isCompany: isListed }), [spans[1]]);
  });

  it("tags a word the tagger missed as a person's surname when the article gives the full name", () => {
    const { words: others, span: other } = tokens('Ferdinand Gust wrote. Later Gust was threatened. Metromedia Co. agreed with Co. officials.');
    const found = repeatNames([other('Ferdinand Gust', 'PER'), other('Metromedia Co.', 'PER')], others).map((s) => `${s.type}:${others.slice(s.first, s.last + 1).join(' ')}`);
    // "Co." is no surname, however the tagger typed the name it ends.
    assert.deepEqual(found, ['PER:Ferdinand Gust', 'PER:Gust', 'PER:Metromedia Co.']);
  });

  it('tags a word the tagger missed once as the name it is twice elsewhere in the article', () => {
    const { words } = tokens('Apple unveils new laptops. Apple said sales rose. Analysts expect Apple to gain. Boeing 767 orders fell.');
    const at = (word: string): number[] => words.flatMap((w, i) => (w === word ? [i] : []));
    const [headline, second, third] = at('Apple') as [number, number, number];
    const boeing = at('Boeing')[0] as number;
    const spans: Span[] = [{ first: second, last: second, type: 'ORG' }, { first: third, last: third, type: 'ORG' }];
    const withHeadline = repeatNames(spans, words);
    assert.deepEqual(withHeadline.map((s) => [s.first, s.type]), [[headline, 'ORG'], [second, 'ORG'], [third, 'ORG']]);
    // Not where the tagger had found something, kept or dropped ("Boeing 767"), nor from one mention or mixed types.
    const boeingSpans: Span[] = [{ first: boeing, last: boeing, type: 'ORG' }];
    assert.deepEqual(repeatNames(spans, words, [...spans, { first: headline, last: headline + 1, type: 'MISC' }]), spans);
    assert.deepEqual(repeatNames([spans[0] as Span], words), [spans[0]]);
    // Once is enough for a listed company tagged as an organisation.
    const isCompany = (lowercase: string): boolean => lowercase === (words[(spans[0] as Span).first] as string).toLowerCase();
    assert.equal(repeatNames([{ ...(spans[0] as Span), type: 'ORG' }], words, undefined, { ...NO_WORD_LISTS, isCompany }).length, 3);
    assert.equal(repeatNames([{ ...(spans[0] as Span), type: 'ORG' }], words).length, 1);
    assert.deepEqual(repeatNames([spans[0] as Span, { ...(spans[1] as Span), type: 'PER' }], words).length, 2);
    assert.deepEqual(repeatNames(boeingSpans, words), boeingSpans);
  });

  it('types a word the company lists hold, and no list of names, as a company rather than a person', () => {
    const { words, span } = tokens('Ryanair is the number one airline. Ford said so. Tom Ryanair? No.');
    const isCompanyNotPerson = (lowercase: string): boolean => lowercase === 'ryanair';
    const spans: Span[] = [span('Ryanair', 'PER'), span('Ford', 'PER'), span('Tom Ryanair', 'PER')];
    assert.deepEqual(companiesNotPersons(spans, words, { ...NO_WORD_LISTS, isCompanyNotPerson }).map((s) => s.type), ['ORG', 'PER', 'PER']);
  });

  it('types a company tagged MISC alone as the organisation the article tags it as elsewhere', () => {
    const { words, span } = tokens('Airbus launches its largest plane. The order went to Airbus. Dutch buyers like Philips.');
    const isCompany = (lowercase: string): boolean => lowercase === 'airbus' || lowercase === 'philips';
    const at = words.flatMap((w, i) => (w === 'Airbus' ? [i] : []));
    const spans: Span[] = [{ first: at[0] as number, last: at[0] as number, type: 'MISC' }, { first: at[1] as number, last: at[1] as number, type: 'ORG' }, span('Dutch', 'MISC'), span('Philips', 'MISC')];
    // "Philips" has no organisation reading in this article, "Dutch" is not a company: both stay MISC.
    assert.deepEqual(companiesNotMisc(spans, words, { ...NO_WORD_LISTS, isCompany }).map((s) => s.type), ['ORG', 'ORG', 'MISC', 'MISC']);
    assert.deepEqual(companiesNotMisc(spans, words, NO_WORD_LISTS).map((s) => s.type), ['MISC', 'ORG', 'MISC', 'MISC']);
  });

  it("types a name of several words tagged MISC by an organisation's head word, not a place's or a competition's", () => {
    const { words, span } = tokens('Officials of the World Health Organization met the Olympic Committee, not the National League, in the West Bank. Ministry said nothing.');
    const spans: Span[] = [span('World Health Organization', 'MISC'), span('Olympic Committee', 'MISC'), span('National League', 'MISC'), span('West Bank', 'MISC'), span('Ministry', 'MISC')];
    // One word alone ("Ministry") is left to the tagger; "League" ends competitions, "Bank" places.
    assert.deepEqual(organisationsByHead(spans, words).map((s) => s.type), ['ORG', 'ORG', 'MISC', 'MISC', 'MISC']);
    const units = tokens('the Special Anti-Robbery Squad and the Revolutionary Guard');
    assert.deepEqual(organisationsByHead([units.span('Special Anti-Robbery Squad', 'MISC'), units.span('Revolutionary Guard', 'MISC')], units.words).map((s) => s.type), ['ORG', 'ORG']);
    const found = findNames('Meanwhile in Wuhan, officials of the World Health Organization met Chinese scientists.', shippedNameModel());
    assert.deepEqual(found.map((name) => `${name.type}:${name.text}`), ['LOC:Wuhan', 'ORG:World Health Organization']);
  });

  it("types a name of several words the tagger made a person or a place by an organisation's or a club's head word", () => {
    const { words, span } = tokens('West Ham United played Harvard University and United States officials.');
    const spans: Span[] = [span('West Ham United', 'PER'), span('Harvard University', 'LOC'), span('United States', 'LOC')];
    assert.deepEqual(organisationsByHead(spans, words).map((s) => s.type), ['ORG', 'ORG', 'LOC']);
    const found = findNames('Manchester City drew 1-1 with West Ham United, while Spurs won.', shippedNameModel());
    assert.deepEqual(found.map((name) => `${name.type}:${name.text}`), ['ORG:Manchester City', 'ORG:West Ham United', 'ORG:Spurs']);
  });

  it("types a name of several words by a place's head word, an organisation only where the words before it say where", () => {
    const { words, span } = tokens("Downing Street said the jet landed at Changi International Airport, and Kansai International Airport are likely to borrow. New Jersey's Newark International Airport and Tampa Bay won.");
    const spans: Span[] = [
      span('Downing Street', 'PER'), span('Changi International Airport', 'ORG'), span('Kansai International Airport', 'ORG'),
      span('New Jersey', 'LOC'), span('Newark International Airport', 'ORG'), span('Tampa Bay', 'ORG'),
    ];
    assert.deepEqual(placesByHead(spans, words).map((s) => s.type), ['LOC', 'LOC', 'ORG', 'LOC', 'LOC', 'ORG']);
    const found = findNames('Britain would walk away from the talks, Downing Street said on Monday.', shippedNameModel());
    assert.deepEqual(found.map((name) => `${name.type}:${name.text}`), ['LOC:Britain', 'LOC:Downing Street']);
  });

  it('makes a name before an appositive that says what kind of organisation it is that organisation', () => {
    const { words, span } = tokens("It embarrassed BaFin, Germany's financial watchdog, and Operation Rescue, an anti-abortion group. Friends of the Earth, an environmental group, met Michael Penrose, a worker with the group, and Anna Berg, a party.");
    const spans: Span[] = [span('BaFin', 'LOC'), span('Germany', 'LOC'), span('Operation Rescue', 'MISC'), span('Earth', 'MISC'), span('Michael Penrose', 'PER'), span('Anna Berg', 'PER')];
    // "Earth" ends a longer name; "with" is no appositive's; a person's full name stays.
    assert.deepEqual(organisationsByAppositive(spans, words).map((s) => s.type), ['ORG', 'LOC', 'ORG', 'MISC', 'PER', 'PER']);
    const found = findNames("The scandal has embarrassed BaFin, Germany's financial watchdog, and auditor EY.", shippedNameModel());
    assert.ok(found.some((name) => name.type === 'ORG' && name.text === 'BaFin'), JSON.stringify(found));
  });

  it('joins an organisation ending in a head word, "of" (the) and another organisation into one', () => {
    const { words, span } = tokens('The International Committee of the Red Cross and the Reuters of the Times met.');
    const spans: Span[] = [span('International Committee', 'ORG'), span('Red Cross', 'ORG'), span('Reuters', 'ORG'), span('Times', 'ORG')];
    assert.deepEqual(joinOrganisationsAcrossOf(spans, words), [span('International Committee of the Red Cross', 'ORG'), span('Reuters', 'ORG'), span('Times', 'ORG')]);
    const found = findNames('The International Committee of the Red Cross said homes had been destroyed.', shippedNameModel());
    assert.deepEqual(found.map((name) => `${name.type}:${name.text}`), ['ORG:International Committee of the Red Cross']);
  });

  it('knows the shipped lists: Lufthansa and Gazprom are companies only, Ford and Dell are names of people too', () => {
    const gazetteer = (shippedNameModel() as unknown as { tagger: { gazetteer: { isCompanyNotPerson(w: string): boolean } } }).tagger.gazetteer;
    assert.deepEqual(['lufthansa', 'gazprom', 'ford', 'dell', 'kent'].map((w) => gazetteer.isCompanyNotPerson(w)), [true, true, false, false, false]);
  });

  it('knows which dictionary words are only nouns: employee and logo, not plan, order or claim', () => {
    const gazetteer = (shippedNameModel() as unknown as { tagger: { gazetteer: { isNounOnly(w: string): boolean } } }).tagger.gazetteer;
    assert.deepEqual(['employee', 'logo', 'website', 'plan', 'order', 'claim', 'saying', 'the'].map((w) => gazetteer.isNounOnly(w)), [true, true, true, false, false, false, false, false]);
  });

  it('drops agreements, and their acronym in brackets wherever it stands', () => {
    const { words, sentences, span } = tokens('The principles of the Joint Comprehensive Plan of Action (JCPOA) agreement still hold. Iran left the JCPOA in 2019. The Kyoto Protocol expired.');
    const at = words.flatMap((w, i) => (w === 'JCPOA' ? [i] : []));
    const spans: Span[] = [span('Joint Comprehensive Plan of Action', 'ORG'), { first: at[0] as number, last: at[0] as number, type: 'ORG' }, span('Iran', 'LOC'), { first: at[1] as number, last: at[1] as number, type: 'ORG' }, span('Kyoto Protocol', 'LOC')];
    assert.deepEqual(dropNonNames(spans, words, sentences).map((s) => words.slice(s.first, s.last + 1).join(' ')), ['Iran']);
    assert.equal(kept('The Action Party of Plan won.', 'Action Party', 'ORG'), true);
  });

  it('drops a section label on a line of its own, not a place', () => {
    const isCommonWord = (lowercase: string): boolean => ['news', 'politics'].includes(lowercase);
    const keptLabel = (text: string, phrase: string, type: Span['type']): boolean => {
      const { words, sentences, span } = tokens(text);
      return dropNonNames([span(phrase, type)], words, sentences, { ...NO_WORD_LISTS, isCommonWord }).length === 1;
    };
    assert.equal(keptLabel('News\n\nTalks resumed in Rome on Saturday.', 'News', 'ORG'), false);
    assert.equal(keptLabel('Iran\n\nTalks resumed in Rome on Saturday.', 'Iran', 'LOC'), true);
    assert.equal(keptLabel('He reads Politics Weekly every day.', 'Politics', 'ORG'), true);
  });

  it('drops currencies and time zones next to numbers, and money', () => {
    assert.equal(kept('The take-off, at 08:30 UTC, was normal.', 'UTC', 'LOC'), false);
    assert.equal(kept('It starts at 9 a.m. EST on Monday.', 'EST', 'ORG'), false);
    assert.equal(kept('The program costs $99 ( USD ) to join.', 'USD', 'ORG'), false);
    assert.equal(kept('Air Canada has ordered US$6 billion in new airliners.', 'US$6', 'ORG'), false);
    assert.equal(kept('The CAD team met on Monday.', 'CAD', 'ORG'), true);
  });

  it('drops market indexes, which are not organisations', () => {
    assert.equal(kept('The Dow Jones Industrial Average fell 2 percent.', 'Dow Jones Industrial Average', 'ORG'), false);
    assert.equal(kept('The Nasdaq Composite Index rose.', 'Nasdaq Composite Index', 'ORG'), false);
    assert.equal(kept('The Nasdaq Stock Market said on Monday it would list the shares.', 'Nasdaq Stock Market', 'ORG'), true);
  });

  it('drops events, which are not organisations or places', () => {
    assert.equal(kept('Orders were few at the Paris Air Show this year.', 'Paris Air Show', 'ORG'), false);
    assert.equal(kept('It opened at the Venice Film Festival on Saturday.', 'Venice Film Festival', 'LOC'), false);
    assert.equal(kept('The Islamic Conference met in Tehran.', 'Islamic Conference', 'ORG'), true);
    assert.equal(kept('She spoke to the World Economic Forum.', 'World Economic Forum', 'ORG'), true);
  });

  it('gives a surface form the type most of its mentions have', () => {
    const { words } = tokens('Boeing wins. Then Boeing said Boeing would sell.');
    const at = words.flatMap((w, i) => (w === 'Boeing' ? [i] : []));
    const types: Array<Span['type']> = ['PER', 'ORG', 'ORG'];
    const spans: Span[] = at.map((i, k) => ({ first: i, last: i, type: types[k] as Span['type'] }));
    assert.deepEqual(unifyTypes(spans, words).map((s) => s.type), ['ORG', 'ORG', 'ORG']);
    // A tie changes nothing.
    assert.deepEqual(unifyTypes(spans.slice(0, 2), words).map((s) => s.type), ['PER', 'ORG']);
    assert.deepEqual(unifyTypes([spans[0] as Span, spans[1] as Span, { ...(spans[2] as Span), type: 'PER' }], words).map((s) => s.type), ['PER', 'PER', 'PER']);
  });

  it('joins a name broken at a patronymic particle', () => {
    const { words, span } = tokens("Oman's foreign minister, Badr bin Hamad Al Busaidi, said.");
    const joined = joinPatronymics([span('Badr', 'ORG'), span('Hamad Al Busaidi', 'PER')], words);
    assert.deepEqual(joined, [{ ...span('Badr bin Hamad Al Busaidi', 'PER') }]);
  });

  it('makes a person before a word only teams and countries take ("owner", "striker", "fans") the club', () => {
    const { words, span } = tokens('said Eagles owner Jeffrey Lurie, as Brazil striker Neymar and Rotor fans watched.');
    const lists = { ...NO_WORD_LISTS, isPlace: (lowercase: string): boolean => lowercase === 'brazil' };
    assert.deepEqual(typedByWordAfter([span('Eagles', 'PER'), span('Jeffrey Lurie', 'PER'), span('Brazil', 'PER'), span('Neymar', 'PER'), span('Rotor', 'PER')], words, lists), [
      span('Eagles', 'ORG'), span('Jeffrey Lurie', 'PER'), span('Brazil', 'LOC'), span('Neymar', 'PER'), span('Rotor', 'ORG'),
    ]);
    // Only persons change: a nationality (MISC) or a place before the word stays.
    assert.deepEqual(typedByWordAfter([span('Brazil', 'LOC')], words, lists), [span('Brazil', 'LOC')]);
    const racing = tokens('a crash for Haas driver Romain Grosjean');
    assert.deepEqual(typedByWordAfter([racing.span('Haas', 'PER'), racing.span('Romain Grosjean', 'PER')], racing.words, NO_WORD_LISTS).map((s) => s.type), ['ORG', 'PER']);
  });

  it('keeps a person the article names in full before a team or organisation word ("Trump supporters"); a lone surname still follows the word', () => {
    const { words, span } = tokens('President Donald Trump spoke as Trump supporters and a Biden spokesman watched.');
    assert.deepEqual(typedByWordAfter([span('Donald Trump', 'PER'), span('Trump', 'PER'), span('Biden', 'PER')], words, NO_WORD_LISTS), [
      span('Donald Trump', 'PER'), span('Trump', 'PER'), span('Biden', 'ORG'),
    ]);
  });

  it('makes a person before an organisation word the organisation, before a place word the place', () => {
    const { words, span } = tokens('The Maariv newspaper said Netanyahu and Helmand province police met.');
    assert.deepEqual(typedByWordAfter([span('Maariv', 'PER'), span('Netanyahu', 'PER'), span('Helmand', 'PER')], words, NO_WORD_LISTS), [
      span('Maariv', 'ORG'), span('Netanyahu', 'PER'), span('Helmand', 'LOC'),
    ]);
  });

  it('makes a listed person\'s name before "administration" the person, not a country or a capital', () => {
    const { words, span } = tokens('The Trump administration and the Obama administration, unlike the Iraq administration or the Taliban administration, spoke.');
    const lists = { ...NO_WORD_LISTS, isPersonName: (w: string) => ['trump', 'obama', 'iraq'].includes(w), isPlace: (w: string) => w === 'iraq' };
    assert.deepEqual(personsBeforeAdministration([span('Obama', 'LOC'), span('Iraq', 'LOC')], words, lists), [span('Trump', 'PER'), span('Obama', 'PER'), span('Iraq', 'LOC')]);
    const shipped = findNames('The Trump administration said it would appeal. The Biden administration will review it.', shippedNameModel()).map((name) => `${name.type}:${name.text}`);
    assert.deepEqual(shipped, ['PER:Trump', 'PER:Biden']);
  });

  it('makes a name before an age between commas a person', () => {
    const { words, span } = tokens('Rachel Legeard, 18, and Severine Potty, 19, had gone. Boeing, 2, and Lines, 2005. The Serb, 32, won.');
    assert.deepEqual(personsBeforeAges([span('Rachel Legeard', 'PER'), span('Severine Potty', 'LOC'), span('Boeing', 'ORG'), span('Lines', 'ORG'), span('Serb', 'MISC')], words), [
      span('Rachel Legeard', 'PER'), span('Severine Potty', 'PER'), span('Boeing', 'ORG'), span('Lines', 'ORG'), span('Serb', 'MISC'),
    ]);
  });

  it('makes a person before a site word ("hospital", "airport", "stadium") the place', () => {
    const { words, span } = tokens("He was flown to Berlin's Charite hospital from John F. Kennedy airport.");
    assert.deepEqual(typedByWordAfter([span('Berlin', 'LOC'), span('Charite', 'PER'), span('John F. Kennedy', 'PER')], words, NO_WORD_LISTS), [
      span('Berlin', 'LOC'), span('Charite', 'LOC'), span('John F. Kennedy', 'LOC'),
    ]);
  });

  it('splits organisations listed with "and" after a legal suffix', () => {
    const { words, span } = tokens('Toyota Motor Corp and Sony Corp led gains, as did Morgan Stanley and Co Inc shares.');
    assert.deepEqual(companiesListed([span('Toyota Motor Corp and Sony Corp', 'ORG'), span('Morgan Stanley and Co Inc', 'ORG')], words), [
      span('Toyota Motor Corp', 'ORG'), span('Sony Corp', 'ORG'), span('Morgan Stanley and Co Inc', 'ORG'),
    ]);
    const shipped = findNames('The Nikkei rose as Toyota Motor Corp and Sony Corp led gains.', shippedNameModel()).map((name) => `${name.type}:${name.text}`);
    assert.deepEqual(shipped.filter((name) => name.includes('Corp')), ['ORG:Toyota Motor Corp', 'ORG:Sony Corp']);
  });

  it('joins persons side by side, not across a line break', () => {
    const { span } = tokens('WHO Director-General Tedros Adhanom Ghebreyesus said.');
    const split = [span('Tedros', 'PER'), span('Adhanom Ghebreyesus', 'PER')];
    assert.deepEqual(joinAdjacentPersons(split, () => false), [span('Tedros Adhanom Ghebreyesus', 'PER')]);
    assert.deepEqual(joinAdjacentPersons(split, (t) => t === split[1]?.first), split);
    assert.deepEqual(joinAdjacentPersons([span('Director-General', 'ORG'), span('Tedros', 'PER')], () => false), [span('Director-General', 'ORG'), span('Tedros', 'PER')]);
  });

  it('finds the countries of a hyphenated compound', () => {
    const isPlace = (w: string): boolean => ['us', 'iran', 'china'].includes(w);
    assert.deepEqual(placesInCompound('US-Iran', isPlace), [{ start: 0, end: 2 }, { start: 3, end: 7 }]);
    assert.deepEqual(placesInCompound('Anglo-Dutch', isPlace), []);
    assert.deepEqual(placesInCompound('China-made', isPlace), []);
    assert.deepEqual(placesInCompound('Iran', isPlace), []);
  });

  it('applies them in findNames and analyzeArticle', () => {
    const model = shippedNameModel();
    const headline = 'Second round of US-Iran talks ends in Rome';
    const names = findNames(headline, model).map((n) => [n.text, n.type]);
    assert.ok(names.some(([t, type]) => t === 'US' && type === 'LOC'), JSON.stringify(names));
    assert.ok(names.some(([t, type]) => t === 'Iran' && type === 'LOC'), JSON.stringify(names));
    // "May" in a date is not a person.
    const analysis = analyzeArticle('The meeting was held on May 7, 2005 in Paris.', { fallbackDate: { year: 2005, month: 5, day: 8 }, nameModel: model });
    assert.ok(!analysis.names.some((n) => n.text === 'May'), JSON.stringify(analysis.names));
  });
});
