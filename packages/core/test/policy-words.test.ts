import {describe, expect, it} from 'vitest';
import {firstAdvice} from './helpers.js';

// The word rules of issue 12 for policy, law, finance, care and procurement language (rules/*-4.yaml, deftige-woorden-2,
// financiele-woorden-3, omgevingswet-wonen-en-inkoop, zorg-werk-en-inkomen, beleid-geld-en-zorg), with the real rules:
// the first better word fits the sentence as written, and the everyday sense of a word gets no advice.
const advice = async (text: string, word: string) =>
  (await firstAdvice(text, 'moeilijk-woord')).filter(([actual]) => actual.toLowerCase().includes(word));

describe('word rules for policy and management language', () => {
  it('offers a better word in the form the sentence needs', async () => {
    expect(await advice('De oude regeling wordt volgend jaar uitgefaseerd.', 'uitgefaseerd')).toEqual([['uitgefaseerd', 'afgeschaft']]);
    expect(await advice('In de rapportage van juni leest u hoe het project ervoor staat.', 'rapportage')).toEqual([['de rapportage', 'het verslag']]);
    expect(await advice('De gemeente betaalt de onrendabele top van het nieuwe zwembad.', 'onrendabele')).toEqual([['de onrendabele top', 'het tekort']]);
    expect(await advice('Wij geven subsidie ter bevordering van sport in de wijk.', 'bevordering')).toEqual([['ter bevordering van', 'voor']]);
  });

  it('advises on the official sense of an everyday word and stays silent on the everyday sense', async () => {
    expect(await advice('Stuur alle bescheiden voor 1 mei mee met uw aanvraag.', 'bescheiden')).toEqual([['alle bescheiden', 'alle papieren']]);
    expect(await advice('Mevrouw De Vries is een bescheiden vrouw die veel voor de buurt doet.', 'bescheiden')).toEqual([]);
    expect(await advice('In dit plan adresseren we de overlast rond het station.', 'adresseren')).toEqual([['adresseren', 'aanpakken']]);
    expect(await advice('De brief is geadresseerd aan alle bewoners van de Dorpsstraat.', 'geadresseerd')).toEqual([]);
    expect(await advice('De baten van het festival zijn hoger dan de kosten.', 'baten')).toEqual([['baten', 'opbrengsten']]);
    expect(await advice('Boos worden zal niet baten, dat weet u ook.', 'baten')).toEqual([]);
  });

  it('gives no replacement where no word fits, and leaves the explanation to do the work', async () => {
    expect(await advice('Op uw grond rust een gedoogplicht voor de nieuwe kabel van de netbeheerder.', 'gedoogplicht')).toEqual([['gedoogplicht', '']]);
  });
});
