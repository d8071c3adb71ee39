import type { SoundId } from '../../audio/audio.ts';
import type { QuizQuestion } from '../../content/types.ts';
import { t, tx } from '../../i18n/t.ts';
import { isRight } from '../../sim/quiz.ts';
import type { EndView, QuizView } from '../../state/endView.ts';
import { button } from '../../ui/button.ts';
import { icon } from '../../ui/icons.ts';
import { panel } from '../../ui/panel.ts';
import { label } from '../../ui/text.ts';
import { color } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';
import { CONTENT, type PageResult } from './layout.ts';

/** The quiz's sounds: switch to 'right' and 'wrong' once src/audio has them (one line). */
const QUIZ_SOUNDS: { right: SoundId; wrong: SoundId } = { right: 'right', wrong: 'wrong' };

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'];
const OPTION_H = 72;
const GAP = 16;
const ROW_GAP = 8;

/** "Quiz": one question at a time, four answers, what was right and why; then the score. */
export function quizPage(scene: GameScene, view: EndView): PageResult {
  const quiz = view.quiz;
  const q = quiz.question;
  return q ? questionView(scene, quiz, q) : scoreView(scene, quiz);
}

function questionView(scene: GameScene, quiz: QuizView, q: QuizQuestion): PageResult {
  const s = scene.services;
  const layer = s.layer;
  const { x, y, w, h } = CONTENT;
  panel(scene, x, y, w, h);
  label(scene, x + 32, y + 20, t('end.quizProgress', { n: quiz.current + 1, total: quiz.questions.length }), {
    size: 'small',
    bold: true,
    color: color.inkSoft,
    layer,
  });
  const question = label(scene, x + 32, y + 48, tx(q.question), {
    size: 'h2',
    bold: true,
    width: w - 64,
    layer,
    tag: 'h2',
  });
  const top = question.y + question.height + 16;
  const ow = (w - 64 - GAP) / 2;
  const answered = quiz.answered;
  q.options.forEach((option, i) => {
    const ox = x + 32 + (i % 2) * (ow + GAP);
    const oy = top + Math.floor(i / 2) * (OPTION_H + ROW_GAP);
    const text = `${LETTERS[i]}. ${tx(option)}`;
    if (answered === undefined) {
      button(scene, layer, {
        x: ox,
        y: oy,
        w: ow,
        h: OPTION_H,
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
      fill: good ? 0xe6f4ee : picked ? 0xfbeee5 : color.card,
      border: tone,
      borderWidth: good || picked ? 4 : 2,
      shadow: false,
    });
    if (good || picked) icon(scene, ox + 32, oy + OPTION_H / 2, good ? 'circle-check' : 'circle-x', tone, 32);
    const spoken = good
      ? picked
        ? t('end.quizChosenRight', { text })
        : t('end.quizTheRight', { text })
      : picked
        ? t('end.quizChosenWrong', { text })
        : text;
    const l = label(scene, ox + 64, oy, text, {
      size: 'small',
      bold: good || picked,
      color: good || picked ? color.ink : color.inkSoft,
      width: ow - 84,
    });
    l.setY(oy + (OPTION_H - l.height) / 2);
    label(scene, 0, 0, spoken, { layer }).setVisible(false);
  });
  if (answered === undefined) return { focus: 'quiz-option-0' };

  const right = isRight(q, answered);
  const fy = top + 2 * (OPTION_H + ROW_GAP) + 8;
  icon(
    scene,
    x + 48,
    fy + 14,
    right ? 'circle-check' : 'circle-x',
    right ? color.green : color.vermilion,
    32,
  );
  const verdict = right
    ? t('end.quizRight')
    : t('end.quizWrong', { answer: tx(q.options[q.answer] ?? { fr: '', en: '' }) });
  const v = label(scene, x + 80, fy, verdict, { bold: true, width: w - 112, layer });
  const fact = s.catalogue.facts[q.fact];
  if (fact) {
    const f = label(
      scene,
      x + 80,
      v.y + v.height + 6,
      `${t('end.quizFact', { title: tx(fact.title) })} — ${tx(fact.text)}`,
      {
        size: 'small',
        width: w - 112,
        color: color.inkSoft,
        layer,
      },
    );
    icon(scene, x + 48, f.y + 12, 'lightbulb', color.orange, 24);
  }
  s.layer.announce(verdict);
  const last = quiz.current + 1 >= quiz.questions.length;
  return {
    action: {
      text: last ? t('end.quizSeeScore') : t('end.quizNext'),
      onPress: () => s.store.getState().nextQuizQuestion(),
    },
    focus: 'end-next',
  };
}

function scoreView(scene: GameScene, quiz: QuizView): PageResult {
  const s = scene.services;
  const layer = s.layer;
  const { x, y, w, h } = CONTENT;
  panel(scene, x, y, w, h);
  icon(scene, x + 72, y + 64, 'trophy', color.orange, 64);
  label(scene, x + 120, y + 20, t('end.quizScoreTitle'), { size: 'small', bold: true, color: color.inkSoft });
  const total = quiz.questions.length;
  const score = t('end.quizScore', { n: quiz.score, total });
  label(scene, x + 120, y + 44, `${quiz.score} / ${total}`, { size: 'h1', bold: true });
  label(scene, x + 260, y + 56, score, { bold: true, layer, tag: 'h2' });
  let ly = y + 128;
  quiz.questions.forEach((q, i) => {
    const right = isRight(q, quiz.answers[i] ?? -1);
    icon(
      scene,
      x + 48,
      ly + 14,
      right ? 'circle-check' : 'circle-x',
      right ? color.green : color.vermilion,
      28,
    );
    const line = t(right ? 'end.quizLineRight' : 'end.quizLineWrong', { question: tx(q.question) });
    const l = label(scene, x + 80, ly, line, { size: 'small', width: w - 112, layer });
    ly += Math.max(l.height, 28) + 14;
  });
  s.layer.announce(score);
  return {
    action: { text: t('end.quizAgain'), icon: 'rotate-ccw', onPress: () => s.store.getState().restartQuiz() },
    focus: 'end-next',
  };
}
