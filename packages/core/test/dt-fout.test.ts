import {describe, expect, it} from 'vitest';
import {firstAdvice} from './helpers.js';

const dt = (text: string) => firstAdvice(text, 'dt-fout');

describe('dt-fout: real-word d/t mistakes', () => {
  it('finds a missing t after the subject', async () => {
    expect(await dt('Uw aanvraag word binnen acht weken behandeld.')).toEqual([['word', 'wordt']]);
    expect(await dt('Als u lid word van de bibliotheek, krijgt u korting.')).toEqual([['word', 'wordt']]);
    expect(await dt('Hij vind de brief niet duidelijk.')).toEqual([['vind', 'vindt']]);
  });

  it('finds a missing t when u comes after the verb', async () => {
    expect(await dt('Die informatie vind u hieronder.')).toEqual([['vind', 'vindt']]);
    expect(await dt('Vind u het goed?')).toEqual([['Vind', 'Vindt']]);
    expect(await dt('Daarna word u gebeld door een medewerker.')).toEqual([['word', 'wordt']]);
  });

  it('finds a missing t when the subject comes after the verb, or at the end of a clause', async () => {
    expect(await dt('Bij gevaarlijke situaties word de melding meteen opgepakt.')).toEqual([['word', 'wordt']]);
    expect(await dt('Ook vind iemand het lastig om de brief te begrijpen.')).toEqual([['vind', 'vindt']]);
    expect(await dt('U krijgt deze brief omdat uw kind binnenkort 18 jaar word.')).toEqual([['word', 'wordt']]);
    expect(await dt('Eén van onze medewerkers beantwoord deze vraag zo snel mogelijk.')).toEqual([['beantwoord', 'beantwoordt']]);
  });

  it('leaves commands, "ik" and participles with an auxiliary alone', async () => {
    const text = [
      'Meld de schade bij de balie.',
      'Lees de brief en houd de datum vrij.',
      'Dit is de brief die ik vind.',
      'Wij weten niet of uw vraag al is beantwoord.',
      'De vraag is door onze medewerkers beantwoord.',
    ].join(' ');
    expect(await dt(text)).toEqual([]);
  });

  it('finds a participle written with t', async () => {
    expect(await dt('Uw aanvraag wordt zo snel mogelijk behandelt.')).toEqual([['behandelt', 'behandeld']]);
    expect(await dt('Hij beantwoord uw vraag morgen.')).toEqual([['beantwoord', 'beantwoordt']]);
  });

  it('leaves the right forms alone', async () => {
    const text = [
      'Wordt u geholpen?',
      'Hij wordt snel geholpen.',
      'Word lid van de bibliotheek.',
      'Vindt u het goed?',
      'Ik vind u een goede buurman.',
      'Als ik lid word, betaal ik minder.',
      'Word je geholpen?',
      'Morgen word ik gebeld.',
      'Meld u aan via de website.',
      'Houd u zich aan de afspraak.',
      'Heeft u vragen, meld u dan bij de balie.',
      'Uw aanvraag is behandeld.',
      'Wij hebben de hele dag gewerkt.',
      'Hij behandelt uw aanvraag.',
      'Het advies wordt met redenen omkleed uitgebracht.',
      'De krant wordt huis aan huis verspreid.',
      'Uit het onderzoek is gebleken dat de situatie verslechtert.',
      'U ontvangt de brief binnen een week.',
    ].join(' ');
    expect(await dt(text)).toEqual([]);
  });
});

describe('dt-fout: nouns that look like verb forms', () => {
  it('leaves a noun after "het" alone', async () => {
    expect(await dt('Geef het beeld altijd een onderschrift. Het antwoord staat hieronder.')).toEqual([]);
  });
});
