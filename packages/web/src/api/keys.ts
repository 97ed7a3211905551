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
