import type { ConditionStatus, Decision, Outcome } from '../domain/decision.js';
import type { SamradData } from '../domain/samrad-data.js';
import { requireDecision } from './decisions.js';

/**
 * Where a decision stands on its way: taken by the network, perhaps on a condition, forwarded to
 * the council, recommended to the principals, and adopted by each of the sixteen of them.
 */
export type JourneyStep =
  | {
      kind: 'decision';
      decisionId: string;
      bodyName: string;
      date: string;
      itemNumber: number;
      title: string;
      status: 'open' | 'closed';
      outcome: Outcome | null;
    }
  | { kind: 'condition'; decisionId: string; conditions: string[]; status: ConditionStatus }
  | { kind: 'awaiting'; bodyName: string; date: string | null; itemNumber: number | null }
  | {
      kind: 'adoptions';
      decisionId: string;
      deadline: string | null;
      adopted: { principal: string; date: string; adoptedBy: string | null }[];
      missing: string[];
      overdue: boolean;
    };

export interface Journey {
  originId: string;
  title: string;
  steps: JourneyStep[];
}

/** The first decision of a chain: the one whose forwarded item led to this one, and so on back. */
export function originOf(data: SamradData, decision: Decision): Decision {
  let current = decision;
  for (let guard = 0; guard < 10; guard++) {
    const earlier = data.decisions.find((d) => d.forwardedItemId === current.itemId);
    if (!earlier) return current;
    current = earlier;
  }
  return current;
}

export function decisionJourney(data: SamradData, decisionId: string, today: string): Journey {
  const origin = originOf(data, requireDecision(data, decisionId));
  const steps: JourneyStep[] = [];
  let decision: Decision | undefined = origin;
  for (let guard = 0; decision && guard < 10; guard++) {
    const current: Decision = decision;
    const meeting = data.meetings.find((m) => m.id === current.meetingId);
    const item = data.agendaItems.find((i) => i.id === current.itemId);
    steps.push({
      kind: 'decision',
      decisionId: current.id,
      bodyName: data.bodies.find((b) => b.id === current.bodyId)?.name ?? current.bodyId,
      date: meeting?.date ?? '',
      itemNumber: current.itemNumber,
      title: item?.title ?? '',
      status: current.status,
      outcome: current.outcome,
    });
    if (current.conditionStatus !== 'none') {
      steps.push({
        kind: 'condition',
        decisionId: current.id,
        conditions: current.conditions,
        status: current.conditionStatus,
      });
    }
    if (current.recommendation) {
      const adoptions = data.adoptions.filter((a) => a.decisionId === current.id);
      const adoptedIds = new Set(adoptions.map((a) => a.principalId));
      const missing = data.principals.filter((p) => !adoptedIds.has(p.id)).map((p) => p.name);
      steps.push({
        kind: 'adoptions',
        decisionId: current.id,
        deadline: current.adoptionDeadline,
        adopted: adoptions
          .map((a) => ({
            principal: data.principals.find((p) => p.id === a.principalId)?.name ?? a.principalId,
            date: a.date,
            adoptedBy: a.adoptedBy,
          }))
          .sort((a, b) => a.date.localeCompare(b.date)),
        missing,
        overdue: current.adoptionDeadline !== null && today > current.adoptionDeadline && missing.length > 0,
      });
    }
    if (current.forwardedToBodyId) {
      const forwardedItem = data.agendaItems.find((i) => i.id === current.forwardedItemId);
      const next = forwardedItem ? data.decisions.find((d) => d.itemId === forwardedItem.id) : undefined;
      if (!next) {
        steps.push({
          kind: 'awaiting',
          bodyName:
            data.bodies.find((b) => b.id === current.forwardedToBodyId)?.name ?? current.forwardedToBodyId,
          date: data.meetings.find((m) => m.id === forwardedItem?.meetingId)?.date ?? null,
          itemNumber: forwardedItem?.number ?? null,
        });
      }
      decision = next;
    } else {
      decision = undefined;
    }
  }
  const title = data.agendaItems.find((i) => i.id === origin.itemId)?.title ?? origin.id;
  return { originId: origin.id, title, steps };
}
