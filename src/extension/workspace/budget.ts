/**
 * How many files each workspace folder may index when together they have more than `policyLens.workspace.maxFiles`:
 * an equal share each, and what a small folder leaves unused goes to the others. Spending the budget in folder
 * order would leave the last folders of a multi-root workspace unindexed without a word.
 */
export function shareBudget(found: readonly number[], budget: number): number[] {
  const given = found.map(() => 0);
  let left = Math.max(0, Math.floor(budget));
  let open = found.map((_, i) => i).filter((i) => found[i] > 0);
  while (left > 0 && open.length) {
    const share = Math.max(1, Math.floor(left / open.length));
    for (const i of open) {
      const take = Math.min(share, found[i] - given[i], left);
      given[i] += take;
      left -= take;
      if (!left) break;
    }
    open = open.filter((i) => given[i] < found[i]);
  }
  return given;
}
