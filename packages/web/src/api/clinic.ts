/** The clinician-loop calls (SPEC R7): the inflammatory back pain screen. */
import type { ApiAnswer, InflammatoryScreenInput } from "@spotter/core";
import { request } from "./client.js";

/** The latest R7 screen and its outcome. */
export type InflammatoryAnswer = ApiAnswer<"get /screens/inflammatory">;

/** R7 calls. */
export const clinicApi = {
  getInflammatory: () => request<InflammatoryAnswer>("GET", "/screens/inflammatory"),
  postInflammatory: (input: InflammatoryScreenInput) =>
    request<InflammatoryAnswer>("POST", "/screens/inflammatory", input),
};
