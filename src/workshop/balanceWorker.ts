// A worker of its own (src/workshop/balancePanel.ts starts it): the bots play for seconds, the page stays live.
import type { Catalogue } from '../content/types.ts';
import { type BalanceVerdict, balanceDraft, balanceSteps } from '../sim/balanceVerdict.ts';

export interface BalanceRequest {
  catalogue: Catalogue;
  missionId: string;
}

export type BalanceReply =
  | { kind: 'progress'; done: number }
  | { kind: 'verdict'; verdict: BalanceVerdict }
  | { kind: 'failed'; message: string };

const reply = (message: BalanceReply) => self.postMessage(message);

self.onmessage = (e: MessageEvent<BalanceRequest>) => {
  const { catalogue, missionId } = e.data;
  const mission = catalogue.missions[missionId];
  try {
    if (!mission) throw new Error(`no mission "${missionId}" in the catalogue`);
    const verdict = balanceDraft(mission, catalogue, balanceSteps(), (done) =>
      reply({ kind: 'progress', done }),
    );
    reply({ kind: 'verdict', verdict });
  } catch (error) {
    reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
