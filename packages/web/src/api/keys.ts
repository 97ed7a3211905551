/**
 * Cache keys of answers several screens read, one factory per endpoint, so a write invalidates every screen's copy
 * at once. `GET /exercises/:id/next` is read by the exercise page, the trigger list and the live session: all three
 * share `nextTargetKeys.of(id)`, and finishing a session (which changes next targets) invalidates `nextTargetKeys.all`.
 */
export const nextTargetKeys = {
  /** Every exercise's next target. */
  all: ["next-target"] as const,
  /** One exercise's next target (`GET /exercises/:id/next`). */
  of: (exerciseId: string) => ["next-target", exerciseId] as const,
};

/**
 * `GET /insights/triggers`, read raw by the Insights screen, the Library and the exercise page: one entry, so a
 * write that changes a status (a re-test answered, the back's lists saved) refreshes them all.
 */
export const triggerKeys = {
  all: ["insights", "triggers"] as const,
};

/**
 * `GET /exercises/:id/alternatives` for the default reason (pain), read by the exercise page and the plan's swap
 * sheet. It sits under `["exercise", id]`, so whatever refreshes an exercise (a finished session) refreshes it too.
 */
export const alternativeKeys = {
  of: (exerciseId: string) => ["exercise", exerciseId, "alternatives"] as const,
};
