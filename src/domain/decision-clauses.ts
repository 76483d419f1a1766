/**
 * What a decision's clauses say about its journey: a condition ("under förutsättning att Region
 * Dalarnas KSG-B fattar motsvarande beslut"), a forwarding ("att Chefsnätverkets beslut skickas
 * vidare för Välfärdsrådets ställningstagande"), a recommendation to the principals ("att
 * rekommendera huvudmännen ...").
 */
const CONDITION = /under förutsättning att .+/i;
const FORWARD = /skickas vidare (?:för|till) ([\p{L}-]+?)s? (?:ställningstagande|beslut|behandling)/iu;
const RECOMMENDATION =
  /^att rekommendera (?:huvudmännen|kommunerna|regionen|kommunerna och regionen|samtliga huvudmän)/i;

/** The condition in a clause, from "under förutsättning att" to its end, or null. */
export function conditionIn(clause: string): string | null {
  return CONDITION.exec(clause)?.[0].replace(/\.$/, '') ?? null;
}

/** The body a clause forwards the decision to, as written ("Välfärdsrådet", "Vårldsrådet"), or null. */
export function forwardedToIn(clause: string): string | null {
  const match = FORWARD.exec(clause);
  if (!match) return null;
  const name = match[1] ?? '';
  // Swedish genitive: "Välfärdsrådets" → "Välfärdsrådet".
  return name.endsWith('s') ? name.slice(0, -1) : name;
}

export function isRecommendation(clause: string): boolean {
  return RECOMMENDATION.test(clause.trim());
}
