/** A lifter's progress on one exercise: personal records, the records a set sets, and the e1RM over time. */
export * from "./personalRecords.js";
