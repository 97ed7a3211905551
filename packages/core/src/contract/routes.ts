/**
 * The route table: every API route (method and path below `/api/v1`, as API.md names them) with the schema of its
 * success answer. The server's registrar looks each route up here, documents the answer in the OpenAPI document and,
 * under test, checks every JSON answer against it; the web app takes the answer types from here with `import type`.
 * `null` marks a route whose success has no JSON body (204, a CSV or a report page).
 */
import { z } from "zod";
import { accountAnswer, inviteAnswer, linkAnswer, newInviteAnswer, registrationAnswer } from "./admin.js";
import {
  alternativeAnswer,
  backupAnswer,
  exerciseHistoryAnswer,
  finishedSessionAnswer,
  habitAnswer,
  importAnswer,
  loggedSetAnswer,
  modificationAnswer,
  newPlanAnswer,
  nextTargetAnswer,
  planAnswer,
  sharedReportAnswer,
  startedSessionAnswer,
  todayAnswer,
  trendsAnswer,
  triggerInsightAnswer,
} from "./derived.js";
import {
  checkinAnswer,
  checkinWithReadinessAnswer,
  clearanceAnswer,
  dailyDayAnswer,
  exerciseAnswer,
  inflammatoryScreenAnswer,
  newTokenAnswer,
  profileAnswer,
  readinessAnswer,
  sessionAnswer,
  setAnswer,
  shareAnswer,
  tokenAnswer,
  userAnswer,
} from "./records.js";

/** Every route's success answer, keyed `"<method> <path>"`. */
export const API_ROUTES = {
  "post /auth/register": userAnswer,
  "post /auth/login": userAnswer,
  "post /auth/logout": null,
  "get /auth/me": userAnswer,
  "post /auth/tokens": newTokenAnswer,
  "get /auth/tokens": z.array(tokenAnswer),
  "delete /auth/tokens/:id": null,
  "post /auth/password": null,
  "get /auth/registration": registrationAnswer,
  "post /auth/reset": null,
  "get /admin/users": z.array(accountAnswer),
  "post /admin/users/:id/disable": accountAnswer,
  "post /admin/users/:id/enable": accountAnswer,
  "post /admin/users/:id/reset-link": linkAnswer,
  "delete /admin/users/:id": null,
  "post /admin/invites": newInviteAnswer,
  "get /admin/invites": z.array(inviteAnswer),
  "delete /admin/invites/:id": null,
  "delete /account": null,

  "get /profile": profileAnswer,
  "put /profile": profileAnswer,
  "post /profile/notice": null,

  "post /checkins": z.object({ checkin: checkinAnswer, readiness: readinessAnswer }),
  "get /checkins": z.array(checkinAnswer),
  "get /checkins/:id": checkinAnswer,
  "patch /checkins/:id": checkinWithReadinessAnswer,
  "delete /checkins/:id": checkinWithReadinessAnswer,
  "get /readiness": readinessAnswer,
  "post /clearance": clearanceAnswer,
  "get /screens/inflammatory": inflammatoryScreenAnswer,
  "post /screens/inflammatory": inflammatoryScreenAnswer,

  "get /exercises": z.array(exerciseAnswer),
  "get /exercises/:id": exerciseAnswer,
  "post /exercises": exerciseAnswer,
  "get /exercises/:id/alternatives": z.array(alternativeAnswer),
  "get /exercises/:id/modifications": z.array(modificationAnswer),
  "get /exercises/:id/next": nextTargetAnswer,
  "get /exercises/:id/history": exerciseHistoryAnswer,

  "post /sessions": startedSessionAnswer,
  "get /sessions": z.array(sessionAnswer),
  "get /sessions/:id": sessionAnswer,
  "patch /sessions/:id": sessionAnswer,
  "delete /sessions/:id": null,
  "post /sessions/:id/finish": finishedSessionAnswer,
  "post /sessions/:id/sets": loggedSetAnswer,
  "patch /sessions/:id/sets/:setId": setAnswer,
  "delete /sessions/:id/sets/:setId": setAnswer,

  "get /daily": dailyDayAnswer,
  "post /daily": dailyDayAnswer,
  "delete /daily/:id": null,

  "get /insights/triggers": z.array(triggerInsightAnswer),
  "post /insights/triggers/:exerciseId/retest": triggerInsightAnswer,
  "get /insights/habits": z.array(habitAnswer),
  "get /insights/trends": trendsAnswer,

  "post /plans": newPlanAnswer,
  "get /plans/current": planAnswer,
  "post /plans/current/swap": planAnswer,
  "get /today": todayAnswer,

  "post /import": importAnswer,
  "get /export": backupAnswer,
  "get /export.csv": null,
  "get /reports/clinician": null,

  "post /shares": shareAnswer.extend({ url: z.string() }),
  "get /shares": z.array(shareAnswer),
  "get /shares/:id": shareAnswer,
  "delete /shares/:id": null,
  "get /share/:token": sharedReportAnswer,
} as const satisfies Record<string, z.ZodType | null>;

/** A route of the table, `"<method> <path>"`. */
export type ApiRoute = keyof typeof API_ROUTES;

/** The success answer of a route as the client receives it (`undefined` when it has no JSON body). */
export type ApiAnswer<R extends ApiRoute> = (typeof API_ROUTES)[R] extends z.ZodType
  ? z.output<(typeof API_ROUTES)[R]>
  : undefined;

/** The answer schema of a route, or null when it answers no JSON; undefined when the route is not in the table. */
export function answerSchemaOf(method: string, path: string): z.ZodType | null | undefined {
  return (API_ROUTES as Record<string, z.ZodType | null>)[`${method.toLowerCase()} ${path}`];
}
