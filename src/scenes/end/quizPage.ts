import type { SoundId } from '../../audio/audio.ts';
import type { QuizQuestion } from '../../content/types.ts';
import { t, tx } from '../../i18n/t.ts';
import { isRight } from '../../sim/quiz.ts';
import type { EndView, QuizView } from '../../state/endView.ts';
import { button } from '../../ui/button.ts';
import { icon } from '../../ui/icons.ts';
import { grid, inset, type Rect } from '../../ui/layout.ts';
import { panel } from '../../ui/panel.ts';
import { label } from '../../ui/text.ts';
import { color, control, iconPx, space } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';
import type { PageResult } from './layout.ts';

/** The quiz's sounds: switch to 'right' and 'wrong' once src/audio has them (one line). */
const QUIZ_SOUNDS: { right: SoundId; wrong: SoundId } = { right: 'right', wrong: 'wrong' };

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'];
const OPTION_H = control.h + space.s;
/** Room left of an option's text (its verdict icon), and left of the feedback's and the score's lines. */
const OPTION_TEXT = control.h;
const LINE_TEXT = space.margin;

/** "Quiz": one question at a time, four answers, what was right and why; then the score. */
export function quizPage(scene: GameScene, view: EndView, area: Rect): PageResult {
  const quiz = view.quiz;
  const q = quiz.question;
  panel(scene, area.x, area.y, area.w, area.h);
  const inner = inset(area, space.gap, space.l);
  return q ? questionView(scene, quiz, q, inner) : scoreView(scene, quiz, inner);
}

function questionView(scene: GameScene, quiz: QuizView, q: QuizQuestion, inner: Rect): PageResult {
  const s = scene.services;
  const layer = s.layer;
  const { x, w } = inner;
  const progress = t('end.quizProgress', { n: quiz.current + 1, total: quiz.questions.length });
  const step = label(scene, x, inner.y, progress, {
    size: 'small',
    bold: true,
    color: color.inkSoft,
    layer,
  });
  const question = label(scene, x, step.y + step.height + space.xs, tx(q.question), {
    size: 'h2',
    bold: true,
    width: w,
    layer,
    tag: 'h2',
  });
  const top = question.y + question.height + space.l;
  const cells = grid({ ...inner, y: top }, q.options.length, 2, space.m, OPTION_H);
  const answered = quiz.answered;
  q.options.forEach((option, i) => {
    const cell = cells[i] as Rect;
    const { x: ox, y: oy, w: ow } = cell;
    const text = `${LETTERS[i]}. ${tx(option)}`;
    if (answered === undefined) {
      button(scene, layer, {
        ...cell,
        variant: 'choice',
        compact: true,
        text,
        key: `quiz-option-${i}`,
        ariaLabel: t('end.quizOption', { letter: LETTERS[i] ?? '', text: tx(option) }),
        onPress: () => {
          const right = s.store.getState().answerQuiz(i);
          if (right !== null) s.audio.play(right ? QUIZ_SOUNDS.right : QUIZ_SOUNDS.wrong);
        },
      });
      return;
    }
    // Answered: the right option in green with a check, a wrong pick in vermilion with a cross.
    const good = i === q.answer;
    const picked = i === answered;
    const tone = good ? color.green : picked ? color.vermilion : color.line;
    panel(scene, ox, oy, ow, OPTION_H, {
      fill: good ? color.tintGreen : picked ? 0xfbeee5 : color.card,
      border: tone,
      borderWidth: good || picked ? 4 : 2,
      shadow: false,
    });
    if (good || picked)
      icon(
        scene,
        ox + OPTION_TEXT / 2,
        oy + OPTION_H / 2,
        good ? 'circle-check' : 'circle-x',
        tone,
        iconPx.heading,
      );
    const spoken = good
      ? picked
        ? t('end.quizChosenRight', { text })
        : t('end.quizTheRight', { text })
      : picked
        ? t('end.quizChosenWrong', { text })
        : text;
    const l = label(scene, ox + OPTION_TEXT, oy, text, {
      size: 'small',
      bold: good || picked,
      color: good || picked ? color.ink : color.inkSoft,
      width: ow - OPTION_TEXT - space.pad,
    });
    l.setY(oy + (OPTION_H - l.height) / 2);
    label(scene, 0, 0, spoken, { layer }).setVisible(false);
  });
  if (answered === undefined) return { focus: 'quiz-option-0' };

  const right = isRight(q, answered);
  const last = cells.at(-1) as Rect;
  const fy = last.y + last.h + space.l;
  const iconX = x + space.l;
  const textX = x + LINE_TEXT;
  icon(
    scene,
    iconX,
    fy + space.l,
    right ? 'circle-check' : 'circle-x',
    right ? color.green : color.vermilion,
    iconPx.heading,
  );
  const verdict = right
    ? t('end.quizRight')
    : t('end.quizWrong', { answer: tx(q.options[q.answer] ?? { fr: '', en: '' }) });
  const v = label(scene, textX, fy, verdict, { bold: true, width: w - LINE_TEXT, layer });
  const fact = s.catalogue.facts[q.fact];
  if (fact) {
    const f = label(
      scene,
      textX,
      v.y + v.height + space.s,
      `${t('end.quizFact', { title: tx(fact.title) })} — ${tx(fact.text)}`,
      {
        size: 'small',
        width: w - LINE_TEXT,
        color: color.inkSoft,
        layer,
      },
    );
    icon(scene, iconX, f.y + space.m, 'lightbulb', color.orange, iconPx.text);
  }
  s.layer.announce(verdict);
  const lastQuestion = quiz.current + 1 >= quiz.questions.length;
  return {
    action: {
      text: lastQuestion ? t('end.quizSeeScore') : t('end.quizNext'),
      onPress: () => s.store.getState().nextQuizQuestion(),
    },
    focus: 'end-next',
  };
}

function scoreView(scene: GameScene, quiz: QuizView, inner: Rect): PageResult {
  const s = scene.services;
  const layer = s.layer;
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
    icon(
      scene,
      x + space.l,
      ly + iconPx.text / 2,
      right ? 'circle-check' : 'circle-x',
      right ? color.green : color.vermilion,
      iconPx.text,
    );
    const line = t(right ? 'end.quizLineRight' : 'end.quizLineWrong', { question: tx(q.question) });
    const l = label(scene, x + LINE_TEXT, ly, line, { size: 'small', width: w - LINE_TEXT, layer });
    ly += Math.max(l.height, iconPx.text) + space.m;
  });
  s.layer.announce(score);
  return {
    action: { text: t('end.quizAgain'), icon: 'rotate-ccw', onPress: () => s.store.getState().restartQuiz() },
    focus: 'end-next',
  };
}
