/**
 * Region labels as a person would say them in a sentence: "left back of the neck, upper" becomes
 * "the upper back of your neck on the left". Labels stay as they are in lists; these phrases are
 * for the sentences of `reasonWords.ts`. Anatomical terms in parentheses are dropped.
 */

/** Qualifiers read before the part they qualify ("upper" + "back of the neck"). */
const ADJECTIVE = /^(upper|lower|low|middle|inner|outer|upper (outer|inner)|lower (outer|inner))$/;
/** Qualifiers that name a part of the head phrase ("back" → "the back of …"). */
const PART =
  /^(back|front|top|underside|side|palm side|thumb side|little-finger side|lower part|(upper|lower|middle) (half|third))$/;
/** Phrases that start with a preposition read "behind your ear", never "your behind the ear". */
const PREPOSITION = /^(between|below|above|behind|beside|just|in front of|under)\b/;

const stripSide = (label: string): { side?: 'left' | 'right'; rest: string } => {
  const m = /^(left|right) (.*)$/.exec(label);
  return m ? { side: m[1] as 'left' | 'right', rest: m[2] ?? '' } : { rest: label };
};

/** Removes parenthesised anatomy: "outer elbow (lateral epicondyle)" → "outer elbow". */
const dropJargon = (s: string): string => s.replace(/\s*\([^)]*\)/g, '').trim();

/** Folds trailing qualifiers into the head: "forearm, back, upper third" → "upper third of the back of the forearm". */
function reorder(parts: readonly string[]): { head: string; tail: string } {
  let head = parts[0] ?? '';
  const tail: string[] = [];
  for (const q of parts.slice(1)) {
    if (tail.length === 0 && ADJECTIVE.test(q) && !PREPOSITION.test(head))
      head = `${q === 'low' ? 'lower' : q} ${head}`;
    else if (tail.length === 0 && PART.test(q))
      head = `${q} of ${/^the /.test(head) ? head : `the ${head}`}`;
    else if (tail.length === 0 && ADJECTIVE.test(q)) tail.push(`${q} part`);
    else tail.push(q);
  }
  return { head, tail: tail.join(', ') };
}

/** Index of the word "the" to make possessive: after the last "of", else the last "the". */
function possessiveAt(head: string, preposition: boolean): number {
  const of = head.lastIndexOf(' of the ');
  if (of >= 0) return of + 3;
  return preposition ? head.indexOf(' the ') : head.lastIndexOf(' the ');
}

/** Makes one "the" of the head possessive: "upper back of the neck" → "the upper back of your neck". */
function possessive(head: string, side: 'left' | 'right' | undefined): string {
  const preposition = PREPOSITION.test(head);
  const i = possessiveAt(head, preposition);
  if (i < 0) return preposition ? head : `your ${side ? `${side} ` : ''}${head}`;
  const owned = `${head.slice(0, i)} your ${head.slice(i + 5)}`;
  return preposition || /^the /.test(owned) ? owned : `the ${owned}`;
}

/**
 * Phrases made so far, by label: every tap phrases the reasons of up to ten candidates, each
 * naming several areas, and the labels are a fixed set of a few hundred.
 */
const phrases = new Map<string, string>();

/**
 * A region label as a phrase in a sentence, in plain words, with "your":
 * "left temple" → "your left temple"; "left back of the neck, upper" → "the upper back of your neck
 * on the left"; "left behind the ear (mastoid)" → "behind your ear on the left"; "navel" → "your navel".
 */
export function regionPhrase(label: string): string {
  let phrase = phrases.get(label);
  if (phrase === undefined) {
    phrase = phraseOf(label);
    phrases.set(label, phrase);
  }
  return phrase;
}

function phraseOf(label: string): string {
  const { side, rest } = stripSide(dropJargon(label));
  const { head, tail } = reorder(rest.split(', '));
  const phrase = possessive(head, side);
  const sidedInline = side !== undefined && phrase.includes(`your ${side} `);
  const where = side && !sidedInline ? ` on the ${side}` : '';
  return tail ? `${phrase}${where}, ${tail}` : `${phrase}${where}`;
}
