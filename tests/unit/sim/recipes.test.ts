import { describe, expect, it } from 'vitest';
import { botSkills } from '../../../src/sim/bot.ts';
import { checkRecipe, RECIPES, recipePlay } from '../../../src/sim/strategies.ts';
import { realCatalogue } from '../fixtures.ts';

const cat = realCatalogue();
const mission = Object.values(cat.missions)[0];
const scorm = RECIPES.find((r) => r.id === 'module-scorm');
if (!mission || !scorm) throw new Error('the real campaign and the "module-scorm" recipe are needed here');

describe('the bots fail loudly on a recipe the catalogue does not match', () => {
  it('knows every id of every recipe (the balance tests play them all)', () => {
    for (const recipe of RECIPES) expect(() => checkRecipe(recipe, cat), recipe.id).not.toThrow();
  });

  it('stops on a renamed tool, naming the recipe and the tool', () => {
    const renamed = { ...scorm, tools: scorm.tools.map((t) => (t === 'lms' ? 'plateforme-lms' : t)) };
    expect(() => recipePlay(renamed)(mission, 1, cat)).toThrow(
      'Recipe "module-scorm" names an unknown tool "plateforme-lms".',
    );
  });

  it('stops on an unknown format or team role too', () => {
    expect(() => checkRecipe({ ...scorm, formats: ['podcast'] }, cat)).toThrow(
      'Recipe "module-scorm" names an unknown format "podcast".',
    );
    expect(() => checkRecipe({ ...scorm, team: ['stagiaire'] }, cat)).toThrow(
      'Recipe "module-scorm" names an unknown team role "stagiaire".',
    );
  });

  it('stops when the background the bots start from is gone', () => {
    const { 'master-e-formation': _, ...others } = cat.backgrounds;
    expect(() => botSkills(mission, { ...cat, backgrounds: others })).toThrow('master-e-formation');
  });
});
