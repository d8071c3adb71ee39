import type { SoundId } from '../../audio/audio.ts';
import type { QuizQuestion } from '../../content/types.ts';
import { t, tx } from '../../i18n/t.ts';
import { isRight } from '../../sim/quiz.ts';
import type { EndView, QuizView } from '../../state/endView.ts';
import { button } from '../../ui/button.ts';
import { icon } from '../../ui/icons.ts';
import { answeredPress, liftLoose, stamp } from '../../ui/landing.ts';
import { columns, grid, inset, type Rect } from '../../ui/layout.ts';
import { panel } from '../../ui/panel.ts';
import { label } from '../../ui/text.ts';
import { color, control, iconPx, motion, sizeClass, space } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';
import type { PageResult } from './layout.ts';
import { textH } from './measure.ts';
import { type Block, type Flowed, flow, splitIntoParts } from './parts.ts';
import { lineText, scoreView } from './quizScore.ts';

/** The quiz's sounds: switch to 'right' and 'wrong' once src/audio has them (one line). */
const QUIZ_SOUNDS: { right: SoundId; wrong: SoundId } = { right: 'right', wrong: 'wrong' };

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'];
/** An answer's height, or a compact control's where the question and its answers would not fit with it. */
const optionH = () => control.h + space.s;
/** Room left of an option's text (its verdict icon). */
const optionText = () => control.h;

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
  const wide = sizeClass() === 'wide';
  const answered = quiz.answered;
  // Answered on a low screen, the question and its answers on the left, the lesson beside them when it fits
  // there whole (else the page goes in parts, as on other screens).
  const [left, right0] = columns(inner, [3, 2], space.gap) as [Rect, Rect];
  const beside =
    sizeClass() === 'short' && answered !== undefined && besideFits(scene, q, answered, left, right0);
  const [main, side] = beside ? [left, right0] : [inner, inner];
  const { x, w } = main;
  const progress = t('end.quizProgress', { n: quiz.current + 1, total: quiz.questions.length });
  const stepH = textH(scene, progress, { size: 'small', bold: true });
  const questionH = textH(scene, tx(q.question), { size: 'h2', bold: true, width: w });
  const right = answered !== undefined && isRight(q, answered);
  const verdict = right
    ? t('end.quizRight')
    : t('end.quizWrong', { answer: tx(q.options[q.answer] ?? { fr: '', en: '' }) });
  const fact = s.catalogue.facts[q.fact];
  const lesson = fact ? `${t('end.quizFact', { title: tx(fact.title) })} — ${tx(fact.text)}` : '';
  const fx = beside ? side.x : x;
  const fw = (beside ? side.w : w) - lineText();
  const feedbackH =
    answered === undefined
      ? 0
      : textH(scene, verdict, { bold: true, width: fw }) +
        (fact ? space.s + textH(scene, lesson, { size: 'small', width: fw }) : 0);
  const cols = sizeClass() === 'narrow' ? 1 : 2;
  const answersH = (count: number, h: number) => {
    const lines = Math.ceil(count / cols);
    return lines * h + (lines - 1) * space.m;
  };
  const pageH = (count: number, h: number) =>
    stepH +
    space.xs +
    questionH +
    space.l +
    answersH(count, h) +
    (feedbackH && !beside ? space.l + feedbackH : 0);
  // Answered on a small screen, only the right answer and the one picked stay, leaving room for the lesson.
  const all = q.options.length;
  const keepAll = wide || answered === undefined || pageH(all, optionH()) <= main.h;
  const shown = q.options.map((_, i) => i).filter((i) => keepAll || i === q.answer || i === answered);
  const oh = pageH(shown.length, optionH()) <= main.h || wide ? optionH() : control.compact;
  const blocks: Block[] = [
    {
      h: stepH + space.xs + questionH,
      draw: (y) => {
        label(scene, x, y, progress, { size: 'small', bold: true, color: color.inkSoft, layer });
        label(scene, x, y + stepH + space.xs, tx(q.question), {
          size: 'h2',
          bold: true,
          width: w,
          layer,
          tag: 'h2',
        });
      },
    },
    {
      h: answersH(shown.length, oh),
      draw: (y) => {
        const cells = grid({ ...main, y }, shown.length, cols, space.m, oh);
        shown.forEach((i, k) => {
          option(scene, q, i, cells[k] as Rect, answered);
        });
      },
    },
  ];
  if (answered === undefined) {
    const flowed = flow(scene, `quiz:${quiz.current}`, inner, blocks, space.l);
    return { ...flowed, focus: flowed.focus ?? 'quiz-option-0' };
  }
  const iconX = fx + iconPx.heading / 2;
  const textX = fx + lineText();
  const verdictH = textH(scene, verdict, { bold: true, width: fw });
  const drawVerdict = (fy: number) => {
    icon(
      scene,
      iconX,
      fy + space.l,
      right ? 'circle-check' : 'circle-x',
      right ? color.green : color.vermilion,
      iconPx.heading,
    );
    return label(scene, textX, fy, verdict, { bold: true, width: fw, layer });
  };
  const drawLesson = (ly: number, verdictY: number | null) => {
    const f = label(scene, textX, ly, lesson, { size: 'small', width: fw, color: color.inkSoft, layer });
    // Under the verdict's icon even when the verdict takes one short line.
    const under =
      verdictY === null ? 0 : verdictY + space.l + iconPx.heading / 2 + space.xs + iconPx.text / 2;
    icon(scene, iconX, Math.max(f.y + space.m, under), 'lightbulb', color.orange, iconPx.text);
  };
  const feedback: Block = {
    h: feedbackH,
    draw: (fy) => {
      const v = drawVerdict(fy);
      if (fact) drawLesson(v.y + v.height + space.s, fy);
    },
  };
  let flowed: Flowed = {};
  const content = `quiz:${quiz.current}:${answered}`;
  if (beside) {
    let y = main.y;
    for (const b of blocks) {
      b.draw(y);
      y += b.h + space.l;
    }
    feedback.draw(side.y);
  } else if (splitIntoParts([...blocks, feedback], inner.h, space.l).length === 1 || !fact)
    flowed = flow(scene, content, inner, [...blocks, feedback], space.l);
  else {
    // Too long for the screen: the verdict stays with the answers, the lesson may go to the next part.
    const verdictBlock: Block = { h: verdictH, draw: (y) => void drawVerdict(y) };
    const lessonBlock: Block = { h: feedbackH - verdictH - space.s, draw: (y) => drawLesson(y, null) };
    flowed = flow(scene, content, inner, [...blocks, verdictBlock, lessonBlock], space.l);
  }
  s.layer.announce(verdict);
  const lastQuestion = quiz.current + 1 >= quiz.questions.length;
  return {
    action: {
      text: lastQuestion ? t('end.quizSeeScore') : t('end.quizNext'),
      onPress: () => s.store.getState().nextQuizQuestion(),
    },
    parts: flowed.parts,
    focus: flowed.focus ?? 'end-next',
  };
}

/** Whether the verdict and the lesson fit whole beside the question, and the question with its two answers left. */
function besideFits(scene: GameScene, q: QuizQuestion, answered: number, main: Rect, side: Rect): boolean {
  const s = scene.services;
  const fact = s.catalogue.facts[q.fact];
  const fw = side.w - lineText();
  const verdict = isRight(q, answered)
    ? t('end.quizRight')
    : t('end.quizWrong', { answer: tx(q.options[q.answer] ?? { fr: '', en: '' }) });
  const lesson = fact ? `${t('end.quizFact', { title: tx(fact.title) })} — ${tx(fact.text)}` : '';
  const feedbackH =
    textH(scene, verdict, { bold: true, width: fw }) +
    (fact ? space.s + textH(scene, lesson, { size: 'small', width: fw }) : 0);
  // The two answers kept (the right one, the one picked) side by side, each as tall as its words.
  const cellW = (main.w - space.m) / 2 - optionText() - space.pad;
  const answerH = Math.max(
    ...[q.answer, answered].map((i) =>
      textH(scene, `${LETTERS[i]}. ${tx(q.options[i] ?? { fr: '', en: '' })}`, {
        size: 'small',
        width: cellW,
      }),
    ),
  );
  const mainH =
    textH(scene, 'Q', { size: 'small', bold: true }) +
    space.xs +
    textH(scene, tx(q.question), { size: 'h2', bold: true, width: main.w }) +
    space.l +
    Math.max(control.compact, answerH + space.s);
  return feedbackH <= side.h && mainH <= main.h;
}

/** One answer: a button before the player answers, then the right one in green, a wrong pick in vermilion. */
function option(
  scene: GameScene,
  q: QuizQuestion,
  i: number,
  cell: Rect,
  answered: number | undefined,
): void {
  const s = scene.services;
  const layer = s.layer;
  const option = q.options[i] ?? { fr: '', en: '' };
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
  const good = i === q.answer;
  const picked = i === answered;
  const tone = good ? color.green : picked ? color.vermilion : color.line;
  const card = panel(scene, ox, oy, ow, cell.h, {
    fill: good ? color.tintGreen : picked ? 0xfbeee5 : color.card,
    border: tone,
    borderWidth: good || picked ? 4 : 2,
    shadow: false,
  });
  const mark =
    good || picked
      ? icon(
          scene,
          ox + optionText() / 2,
          oy + cell.h / 2,
          good ? 'circle-check' : 'circle-x',
          tone,
          iconPx.heading,
        )
      : null;
  const spoken = good
    ? picked
      ? t('end.quizChosenRight', { text })
      : t('end.quizTheRight', { text })
    : picked
      ? t('end.quizChosenWrong', { text })
      : text;
  const l = label(scene, ox + optionText(), oy, text, {
    size: 'small',
    bold: good || picked,
    color: good || picked ? color.ink : color.inkSoft,
    width: ow - optionText() - space.pad,
  });
  l.setY(oy + (cell.h - l.height) / 2);
  label(scene, 0, 0, spoken, { layer }).setVisible(false);
  // Just answered: the answer picked lifts, its mark lands like a stamp (then the right one's, if another).
  if (mark && answeredPress(scene, [`quiz-option-${answered}`])) {
    stamp(scene, [mark], picked ? 0 : motion.normal);
    if (picked) liftLoose(scene, [card, mark, l], cell);
  }
}
