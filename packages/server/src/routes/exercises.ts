/** The exercise catalog (SPEC §3): search and filters, one exercise, and custom exercises per user. */
import {
  type CustomExerciseInput,
  customExerciseFromName,
  customExerciseSchema,
  customExerciseToDef,
  EQUIPMENT,
  GRADES,
  modificationsFor,
  nameKey,
  PATTERNS,
  searchExercises,
  toExercise,
  zLine,
  zTextField,
} from "@spotter/core";
import { getProfile, insertCustomExercise } from "@spotter/db";
import { z } from "zod";
import type { Deps } from "../context.js";
import { ApiError, notFound } from "../errors.js";
import type { Routes } from "../routes.js";
import { alternativesFor } from "../services/alternatives.js";
import { exerciseFor, exercisesFor } from "../services/exercises.js";
import { nextTargetsFor } from "../services/progression.js";
import { exerciseHistory } from "../services/records.js";
import { jsonBody, parseWith, pathParam, queryOf } from "../validate.js";
import { setView } from "./sessions.js";

const historyQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(1000).optional() });

const alternativesQuery = z.strictObject({ reason: z.enum(["trigger", "pain", "equipment"]).optional() });

const listQuery = z.strictObject({
  q: zTextField("query").optional(),
  pattern: z.enum(PATTERNS).optional(),
  equipment: z.enum(EQUIPMENT).optional(),
  grade: z.enum(GRADES).optional(),
});

/**
 * `POST /exercises` takes a custom exercise in the shape `GET /exercises` answers (API.md): only `name` is needed;
 * the fields the server derives (`id`, `grade`, `increment`, `custom`, `loaded`, `easier`, `harder`) may be sent
 * and are ignored; what is left out is guessed conservatively from the name, as for an imported unknown name (C6).
 */
const customPostSchema = customExerciseSchema
  .partial()
  .required({ name: true })
  .extend({
    load: customExerciseSchema.shape.load.partial().optional(),
    id: zLine(200).nullable().optional(),
    grade: z.enum(GRADES).nullable().optional(),
    increment: z.looseObject({}).nullable().optional(),
    custom: z.boolean().optional(),
    loaded: z.boolean().optional(),
    easier: zTextField("id").nullable().optional(),
    harder: zTextField("id").nullable().optional(),
  });

function customInput(body: z.infer<typeof customPostSchema>): CustomExerciseInput {
  const { id, grade, increment, custom, loaded, easier, harder, load, ...given } = body;
  const guess = customExerciseFromName(body.name);
  const defined = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
  const merged = { ...guess, aliases: [], ...defined, load: { ...guess.load, ...load } };
  return parseWith(customExerciseSchema, merged);
}

/** Registers the exercise routes. */
export function registerExerciseRoutes(r: Routes, deps: Deps): void {
  r.route(
    {
      method: "get",
      path: "/exercises",
      summary: "The catalog and custom exercises; with q ranked, exact matches first",
      tag: "exercises",
      query: listQuery,
    },
    async (c) => {
      const q = queryOf(c, listQuery);
      const list = await exercisesFor(deps, c.get("userId"));
      return c.json(searchExercises(list, q));
    },
  );

  r.route({ method: "get", path: "/exercises/:id", summary: "One exercise", tag: "exercises" }, async (c) => {
    const ex = await exerciseFor(deps, c.get("userId"), pathParam(c, "id"));
    if (!ex) throw notFound("exercise");
    return c.json(ex);
  });

  r.route(
    {
      method: "post",
      path: "/exercises",
      summary: "Add a custom exercise",
      tag: "exercises",
      errors: [409],
      body: customPostSchema,
      ok: [201, "the exercise"],
    },
    async (c) => {
      const input = customInput(await jsonBody(c, customPostSchema));
      const userId = c.get("userId");
      const existing = await exercisesFor(deps, userId);
      const key = nameKey(input.name);
      if (existing.some((e) => e.custom && nameKey(e.name) === key)) {
        throw new ApiError("CONFLICT", "You already have a custom exercise with this name.", [
          { path: "name", message: "is already used by one of your exercises" },
        ]);
      }
      const def = customExerciseToDef(input, `custom-${deps.newId()}`);
      await insertCustomExercise(deps.db.kysely, userId, def, deps.now());
      return c.json(toExercise(def, true), 201);
    },
  );

  r.route(
    {
      method: "get",
      path: "/exercises/:id/alternatives",
      summary: "Safer stand-ins for an exercise, best first (S1)",
      tag: "exercises",
      query: alternativesQuery,
    },
    async (c) => {
      const q = queryOf(c, alternativesQuery);
      const userId = c.get("userId");
      const ex = await exerciseFor(deps, userId, pathParam(c, "id"));
      if (!ex) throw notFound("exercise");
      return c.json(await alternativesFor(deps, userId, ex, q.reason ?? "pain"));
    },
  );

  r.route(
    {
      method: "get",
      path: "/exercises/:id/modifications",
      summary: "Ways to make the same exercise easier on the back (S2)",
      tag: "exercises",
    },
    async (c) => {
      const userId = c.get("userId");
      const ex = await exerciseFor(deps, userId, pathParam(c, "id"));
      if (!ex) throw notFound("exercise");
      const profile = await getProfile(deps.db.kysely, userId);
      return c.json(modificationsFor(ex, profile.equipment));
    },
  );

  r.route(
    {
      method: "get",
      path: "/exercises/:id/history",
      summary: "Every session of an exercise (newest first), its personal records and its e1RM over time",
      tag: "exercises",
      query: historyQuery,
    },
    async (c) => {
      const q = queryOf(c, historyQuery);
      const userId = c.get("userId");
      const ex = await exerciseFor(deps, userId, pathParam(c, "id"));
      if (!ex) throw notFound("exercise");
      return c.json(await exerciseHistory(deps, userId, ex.id, q.limit ?? 50, setView));
    },
  );

  r.route(
    {
      method: "get",
      path: "/exercises/:id/next",
      summary: "The next targets on an exercise (O1-O6, M1)",
      tag: "exercises",
    },
    async (c) => {
      const userId = c.get("userId");
      const ex = await exerciseFor(deps, userId, pathParam(c, "id"));
      if (!ex) throw notFound("exercise");
      const [answer] = await nextTargetsFor(deps, userId, [ex]);
      return c.json(answer);
    },
  );
}
