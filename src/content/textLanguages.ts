import { jsonPath, type Problem } from './problem.ts';

interface FoundText {
  file: string;
  path: (string | number)[];
  languages: string[];
}

/** Every text ({ fr, … }) in a level file's JSON, with where it is. */
function textsIn(
  file: string,
  json: unknown,
  path: (string | number)[] = [],
  out: FoundText[] = [],
): FoundText[] {
  if (Array.isArray(json)) {
    for (const [i, v] of json.entries()) textsIn(file, v, [...path, i], out);
  } else if (typeof json === 'object' && json !== null) {
    const o = json as Record<string, unknown>;
    if (typeof o.fr === 'string') out.push({ file, path, languages: Object.keys(o) });
    else for (const [k, v] of Object.entries(o)) textsIn(file, v, [...path, k], out);
  }
  return out;
}

/**
 * The text schema takes any language beside French, so that adding one needs no code; what keeps levels/
 * whole is this: a language that some text of levels/ has, every text must have (no screen half in one
 * language, half in another). A language levels/ does not have at all falls back to French in the game.
 */
export function textLanguageProblems(files: { file: string; json: unknown }[]): Problem[] {
  const texts = files.flatMap((f) => textsIn(f.file, f.json));
  const all = [...new Set(texts.flatMap((t) => t.languages))].sort();
  return texts.flatMap((t) =>
    all
      .filter((lang) => !t.languages.includes(lang))
      .map((lang) => ({
        file: t.file,
        path: jsonPath([...t.path, lang]),
        message: `missing its "${lang}" text (levels/ is written in ${all.join(', ')})`,
      })),
  );
}
