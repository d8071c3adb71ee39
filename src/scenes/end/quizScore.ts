import type * as Phaser from 'phaser';
import { t, tx } from '../../i18n/t.ts';
import { isRight } from '../../sim/quiz.ts';
import type { QuizView } from '../../state/endView.ts';
import type { Placer } from '../../ui/domLayer.ts';
import { icon } from '../../ui/icons.ts';
import { columns, type Rect } from '../../ui/layout.ts';
import { label } from '../../ui/text.ts';
import { color, iconPx, sizeClass, space } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';
import type { PageResult } from './layout.ts';
import { textH } from './measure.ts';
import { type Block, flow, pagerInBar } from './parts.ts';

/** Room left of a line of the feedback or the score, for its icon. */
export const lineText = () => Math.max(space.margin, iconPx.heading + space.m);

/** The quiz's score: the trophy and the score, then each question right or to review. */
export function scoreView(scene: GameScene, quiz: QuizView, inner: Rect): PageResult {
  const s = scene.services;
  const layer = s.layer;
  if (sizeClass() !== 'wide') return compactScore(scene, quiz, inner);
  const { x, y, w } = inner;
  // The trophy, then the score large with its sentence beside it; the questions one per line below.
  const trophy = iconPx.art;
  icon(scene, x + space.s + trophy / 2, y + space.margin - space.s, 'trophy', color.orange, trophy);
  const textX = x + space.s + trophy + space.pad;
  const title = label(scene, textX, y, t('end.quizScoreTitle'), {
    size: 'small',
    bold: true,
    color: color.inkSoft,
  });
  const total = quiz.questions.length;
  const score = t('end.quizScore', { n: quiz.score, total });
  const figure = label(scene, textX, title.y + title.height, `${quiz.score} / ${total}`, {
    size: 'h1',
    bold: true,
  });
  label(scene, figure.x + figure.width + space.pad, figure.y + space.m, score, {
    bold: true,
    layer,
    tag: 'h2',
  });
  let ly = figure.y + figure.height + space.pad;
  quiz.questions.forEach((q, i) => {
    const right = isRight(q, quiz.answers[i] ?? -1);
    const line = t(right ? 'end.quizLineRight' : 'end.quizLineWrong', { question: tx(q.question) });
    const l = answerLine(scene, right, line, x, ly, w, layer);
    ly += Math.max(l.height, iconPx.text) + space.m;
  });
  s.layer.announce(score);
  return {
    action: { text: t('end.quizAgain'), icon: 'rotate-ccw', onPress: () => s.store.getState().restartQuiz() },
    focus: 'end-next',
  };
}

/** The score on a phone or a low screen: the score over its sentence, then the questions, in parts if long. */
function compactScore(scene: GameScene, quiz: QuizView, inner: Rect): PageResult {
  const s = scene.services;
  const layer = s.layer;
  // A low screen: the score in a column of its own at the left (the trophy over it), the questions beside.
  const low = pagerInBar();
  const [side, main] = low ? (columns(inner, [1, 3], space.gap) as [Rect, Rect]) : [inner, inner];
  const { x, w } = main;
  const total = quiz.questions.length;
  const score = t('end.quizScore', { n: quiz.score, total });
  const trophy = iconPx.art;
  const textX = low ? side.x : side.x + space.s + trophy + space.pad;
  const textTop = low ? trophy + space.s : 0;
  const titleH = textH(scene, t('end.quizScoreTitle'), { size: 'small', bold: true });
  const figureH = textH(scene, `${quiz.score} / ${total}`, { size: 'h1', bold: true });
  const scoreH = textH(scene, score, { bold: true, width: side.x + side.w - textX });
  const header: Block = {
    // A little more room under the score than between the questions' lines.
    h: Math.max(trophy, textTop + titleH + figureH + scoreH) + space.s,
    draw: (y) => {
      icon(scene, side.x + space.s + trophy / 2, y + trophy / 2, 'trophy', color.orange, trophy);
      const top = y + textTop;
      label(scene, textX, top, t('end.quizScoreTitle'), { size: 'small', bold: true, color: color.inkSoft });
      label(scene, textX, top + titleH, `${quiz.score} / ${total}`, { size: 'h1', bold: true });
      label(scene, textX, top + titleH + figureH, score, {
        bold: true,
        width: side.x + side.w - textX,
        layer,
        tag: 'h2',
      });
    },
  };
  if (low) header.draw(side.y);
  const blocks: Block[] = [
    ...(low ? [] : [header]),
    ...quiz.questions.map((q, i): Block => {
      const right = isRight(q, quiz.answers[i] ?? -1);
      const line = t(right ? 'end.quizLineRight' : 'end.quizLineWrong', { question: tx(q.question) });
      const lineH = textH(scene, line, { size: 'small', width: w - lineText() });
      return {
        h: Math.max(lineH, iconPx.text),
        draw: (y) => {
          answerLine(scene, right, line, x, y, w, layer);
        },
      };
    }),
  ];
  const flowed = flow(scene, 'quiz:score', main, blocks, space.m);
  s.layer.announce(score);
  return {
    action: { text: t('end.quizAgain'), icon: 'rotate-ccw', onPress: () => s.store.getState().restartQuiz() },
    parts: flowed.parts,
    focus: flowed.focus ?? 'end-next',
  };
}

/** One question of the quiz on the score page: a mark for right or wrong, then the question's line. */
function answerLine(
  scene: GameScene,
  right: boolean,
  line: string,
  x: number,
  y: number,
  w: number,
  layer: Placer,
): Phaser.GameObjects.Text {
  icon(
    scene,
    x + space.l,
    y + iconPx.text / 2,
    right ? 'circle-check' : 'circle-x',
    right ? color.green : color.vermilion,
    iconPx.text,
  );
  return label(scene, x + lineText(), y, line, { size: 'small', width: w - lineText(), layer });
}
