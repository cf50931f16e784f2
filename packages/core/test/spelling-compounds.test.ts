import {describe, expect, it} from 'vitest';
import {judgeCompound, splitCompound, type CompoundSource} from '../src/spelling/compounds.js';
import {firstAdvice} from './helpers.js';

const spelling = (text: string) => firstAdvice(text, 'spelling');

describe('spelling: compounds follow the Dutch rules', () => {
  it('accepts a correct compound instead of splitting it', async () => {
    expect(await spelling('De kredietsom is hoger dan u dacht. Wij sturen u het overzicht van de windmolenlocaties.')).toEqual([]);
  });

  it('reports a missing or extra linking s with the right word', async () => {
    expect(await spelling('U krijgt een bijstanduitkering van de gemeente.')).toEqual([['bijstanduitkering', 'bijstandsuitkering']]);
    expect(await spelling('Breng uw afval naar een van de afvalspunten.')).toEqual([['afvalspunten', 'afvalpunten']]);
    expect(await spelling('Vul uw registratiesnummer in.')).toEqual([['registratiesnummer', 'registratienummer']]);
  });

  it('finds the wrong joint at any place in the word, not only after the first part', async () => {
    // over + gangregeling is also a split; the joint belongs between overgang and regeling.
    expect(await spelling('In 2024 geldt hiervoor een overgangregeling.')).toEqual([['overgangregeling', 'overgangsregeling']]);
    expect(await spelling('Een of meer van uw samenwerkingplannen verlopen vandaag.')).toEqual([['samenwerkingplannen', 'samenwerkingsplannen']]);
  });

  it('prefers a common word one doubled letter away over a split into rare parts', async () => {
    // traan + s + acties reads as a compound with a wrong joint, but a doubled a is the likelier mistake.
    expect(await spelling('Hieronder staan de traansacties van uw tegoed.')).toEqual([['traansacties', 'transacties']]);
    // A missing s is no cheap mistake: the joint rule still decides.
    expect(await spelling('Lees de ondertaande tekst goed door.')).toEqual([['ondertaande', 'onderstaande']]);
  });

  it('reports a compound Hunspell accepts when a listed word is one likely mistake away', async () => {
    // fits + routes, terg + vragen, staart + datum: Hunspell's compound flags accept them, no word list has them.
    expect(await spelling('Bij gladheid pakken we de hoofdwegen en fitsroutes als eerste aan.')).toEqual([['fitsroutes', 'fietsroutes']]);
    expect(await spelling('Uw aanvraag voor het tergvragen van kosten is binnen.')).toEqual([['tergvragen', 'terugvragen']]);
    expect(await spelling('Kijk voor de juiste staartdatum bij uw voorzieningen.')).toEqual([['staartdatum', 'startdatum']]);
  });

  it('ranks compounds no list has by their parts: the commoner part first', async () => {
    expect(await spelling('Breng uw grofvuil naar een van de afvalpnten.')).toEqual([['afvalpnten', 'afvalpunten']]);
    // A listed word still beats a compound of common parts (binnen + soort).
    expect(await spelling('U krijgt binnenskort een brief.')).toEqual([['binnenskort', 'binnenkort']]);
  });

  it("prefers the letter's own word one likely mistake away", async () => {
    // Alone, "meding" is closest to meeding (a doubled e); in a letter about meldingen it is melding.
    expect(await spelling('Dank voor uw melding. Wij behandelen uw meding binnen vijf werkdagen.')).toEqual([['meding', 'melding']]);
    expect(await spelling('Wij hebben de brief op 3 mei verzonden. Een kopie is aan u verzonen.')).toEqual([['verzonen', 'verzonden']]);
    // A rare compound Hunspell accepts (samenwerkings + pannen), next to the word the letter means.
    expect(await spelling('Samenwerkingsplannen\n\nEen of meer van uw samenwerkingspannen verlopen vandaag.')).toEqual([['samenwerkingspannen', 'samenwerkingsplannen']]);
    // Not for a wrong letter: "gevn" is geven, also in a letter that writes "geen".
    expect(await spelling('U hoeft geen formulier in te vullen. Wij gevn u bericht.')).toEqual([['gevn', 'geven']]);
  });

  it('leaves rare compounds alone when only a wrong letter, the ending or a linking s would make a listed word', async () => {
    // buurtgroen/buurtgroep, betekenende/berekenende, fietsroute/fietsroutes, geluidhinder/geluidshinder.
    const text = 'Het buurtgroen is voor iedereen. Dit is een betekenende stap. De fietsroutes zijn druk. De Wet geluidhinder geldt hier.';
    expect(await spelling(text)).toEqual([]);
  });

  it('reports a typo inside one part of a long compound', async () => {
    expect(await spelling('Het woonplaatbeginsel geldt voor deze regeling.')).toEqual([['woonplaatbeginsel', 'woonplaatsbeginsel']]);
    expect(await spelling('U vroeg een maatwerkvoorzienig aan.')).toEqual([['maatwerkvoorzienig', 'maatwerkvoorziening']]);
    expect(await spelling('De melddingen gaan naar de wijkagent.')).toEqual([['melddingen', 'meldingen']]);
  });

  it('does not take two words written together for a compound when the last is a verb form', async () => {
    const found = await spelling('Het berichtlaat zien dat u gelijk heeft.');
    expect(found.map(([word]) => word)).toEqual(['berichtlaat']);
  });

  it('keeps correct derived words that Hunspell accepts', async () => {
    expect(await spelling('Het beroep heeft geen schorsende werking. De positionering van de windmolen telt mee.')).toEqual([]);
  });
});

describe('spelling: a hyphen where Dutch writes one word', () => {
  it('reports a hyphen between two plain words', async () => {
    expect(await spelling('Doe de gezondheids-check bij uw huisarts.')).toEqual([['gezondheids-check', 'gezondheidscheck']]);
    expect(await spelling('Het concept-plan ligt zes weken ter inzage.')).toEqual([['concept-plan', 'conceptplan']]);
  });

  it('leaves the hyphens Dutch needs', async () => {
    const text = [
      'Na het auto-ongeluk belde de oud-wethouder.',
      'De zee-egel leeft in zout water.',
      'Elke niet-roker krijgt korting.',
      'De Wmo-consulent komt langs.',
      'Vraag het de jeugd- en gezinscoach.',
      'Er is een etnisch-culturele vereniging in de wijk.',
      'Zij zoekt een kant-en-klaar antwoord.',
    ].join(' ');
    expect(await spelling(text)).toEqual([]);
  });
});

describe('spelling: two words that Dutch writes as one', () => {
  it('reports split compounds with the joined word', async () => {
    expect(await spelling('Uw mail adres klopt niet. Wij hebben uw contact gegevens nodig. Klik op de inlog knop.')).toEqual([
      ['mail adres', 'mailadres'],
      ['contact gegevens', 'contactgegevens'],
      ['inlog knop', 'inlogknop'],
    ]);
    expect(await spelling('Dat is redelijker wijs niet te verwachten.')).toEqual([['redelijker wijs', 'redelijkerwijs']]);
    expect(await spelling('In gebreken stelling is de volgende stap.')).toEqual([['In gebreken stelling', 'Ingebrekestelling']]);
  });

  it('reports split compounds where the tagger reads a verb form, a verb stem or a phrase that goes on', async () => {
    expect(await spelling('Bij vakantie verhuur moet u het registratienummer melden.')).toEqual([['vakantie verhuur', 'vakantieverhuur']]);
    expect(await spelling('U krijgt korting op een sport abonnement voor uw kind.')).toEqual([['sport abonnement', 'sportabonnement']]);
    expect(await spelling('Bekijk hier de betaal data van de uitkering.')).toEqual([['betaal data', 'betaaldata']]);
    expect(await spelling('Heeft u moeite om sport activiteiten voor uw kind te betalen?')).toEqual([['sport activiteiten', 'sportactiviteiten']]);
    expect(await spelling('Wij handelen uw melding binnen drie werk dagen af.')).toEqual([['werk dagen', 'werkdagen']]);
    expect(await spelling('Bij gladheid pakken we hoofd wegen en fietsroutes als eerste aan.')).toEqual([['hoofd wegen', 'hoofdwegen']]);
  });

  it('leaves pairs where the second word starts a phrase of its own', async () => {
    const text = [
      'De parkzijde heeft een groen karakter, net als de buurt.',
      'Uiteindelijk zal de initiatiefnemer een vergunning aanvragen voor de bouw.',
      'Daarbij geeft zij de raad elke kwartaal inzage in de uitgaven.',
      'Bij een pictogram geeft de context betekenis aan het pictogram.',
      'Zowel het park als de woningbouw onderdeel van zijn plan zijn klaar.',
      // A noun that is also an adjective, bare before a het-word: zout, warm.
      'Was de wond met zout water en spoel na met warm water.',
    ].join(' ');
    expect(await spelling(text)).toEqual([]);
  });

  it('leaves word groups that are right as two words', async () => {
    const text = [
      'Uw eigen bijdrage is laag.',
      'U krijgt een klein bedrag terug.',
      'Een klein kind mag gratis mee.',
      'Wij eten rode kool.',
      'U kunt een registratienummer aanvragen.',
      'Stel uw vraag morgen aan de balie.',
      'Dit gebeurt omdat de situatie gevaar oplevert.',
      'Neem voor het verstrijken van de datum contact op met de inspecteur.',
      'Het college besluit vandaag.',
      'Praat met de editor via de standaard invoer.',
    ].join(' ');
    expect(await spelling(text)).toEqual([]);
  });
});

describe('splitCompound and judgeCompound (the API for other checks)', () => {
  const words = new Set(['bijstand', 'uitkering', 'bijstandsuitkering', 'woon', 'plaats', 'woonplaats', 'beginsel']);
  const source: CompoundSource = {spell: (word) => words.has(word)};

  it('gives the parts and the joint', () => {
    expect(splitCompound('bijstandsuitkering', source)).toEqual({parts: ['bijstand', 'uitkering'], joints: ['s']});
    expect(splitCompound('woonplaatsbeginsel', source)).toEqual({parts: ['woon', 'plaats', 'beginsel'], joints: ['', '']});
    expect(splitCompound('vandag', source)).toBeNull();
  });

  it('calls the wrong joint a typo when the dictionary knows the other', () => {
    expect(judgeCompound('bijstanduitkering', source)).toEqual({kind: 'typo', suggestion: 'bijstandsuitkering'});
    expect(judgeCompound('woonplaatsbeginsel', source).kind).toBe('compound');
  });
});

describe('spelling: template code outside braces is no prose', () => {
  it('skips calls and members in template code, and still checks the prose around them', async () => {
    const text = 'Bekijk de bijlage. Het logo komt uit imgurl(logo). Uw $gebruiker->emial staat hier. Gebruik Config::setng voor het logo. Wij sturen u een bericht binen een week.';
    expect(await spelling(text)).toEqual([['binen', 'binnen']]);
  });
});

describe('spelling: a capitalised typo inside a sentence is no name', () => {
  it('reports a capitalised typo of a common word, and leaves names alone', async () => {
    expect(await spelling('Wij hebben uw Aanvrag ontvangen. Neem contact op met mevrouw Jansen of met Forus in Amsterdam.')).toEqual([['Aanvrag', 'Aanvraag']]);
    expect(await spelling('Onderwerp: Uw Bezwaarschirft\n\nGeachte heer Pietersen,\n\nWij hebben uw brief ontvangen.')).toEqual([['Bezwaarschirft', 'Bezwaarschrift']]);
  });

  it('leaves a name that the letter repeats', async () => {
    expect(await spelling('U kunt terecht bij Aanvrag. Aanvrag helpt u graag.')).toEqual([]);
  });
});
