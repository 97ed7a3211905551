/**
 * Me: a short menu, one tap from each part: the profile, your back, your data (import, export, share), daily
 * support, past sessions, the notice, and the account (password, tokens, delete) with log out.
 */
import type { Profile } from "@spotter/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useLocation } from "wouter";
import { accountApi } from "../api/account.js";
import { api } from "../api/client.js";
import { messageOf } from "../api/errors.js";
import { accountKeys } from "../api/keys.js";
import { outbox } from "../api/sync.js";
import { backSummary } from "../components/back/backText.js";
import { useProfile, withDefaults } from "../lib/queries.js";

/** One line about the profile as it stands ("kg, 3 days a week, 60-minute sessions, 9 kinds of equipment"). */
export function profileSummary(p: Profile): string {
  const kit = p.equipment.filter((e) => e !== "none").length;
  const days = p.trainingDays ? p.trainingDays.length : p.daysPerWeek;
  return `Weights in ${p.unit}, ${days} training days a week, ${p.sessionMinutes}-minute sessions, ${
    kit === 0 ? "no equipment" : `${kit} kind${kit === 1 ? "" : "s"} of equipment`
  }.`;
}

/** The Me screen. */
export function MeScreen() {
  const { data } = useProfile();
  const qc = useQueryClient();
  const [, navigate] = useLocation();
  const logout = useMutation({
    mutationFn: api.logout,
    onSettled: () => {
      qc.clear();
      // Anything still waiting stays on the phone for this account's next login, unseen by anyone else.
      outbox.setUser(null);
      navigate("/login", { replace: true });
    },
  });
  const profile = withDefaults(data);
  const me = useQuery({ queryKey: accountKeys.me, queryFn: accountApi.me, staleTime: 5 * 60_000 });
  return (
    <section>
      <h1>Me</h1>
      <section className="card" aria-labelledby="profile-h">
        <h2 id="profile-h">Profile</h2>
        <p className="small muted">{profileSummary(profile)}</p>
        <ul className="list">
          <li>
            <Link href="/me/profile">Units, body weight, time zone, sleep, sitting, equipment and training days</Link>
          </li>
        </ul>
      </section>
      <section className="card" aria-labelledby="your-back-h">
        <h2 id="your-back-h">Your back</h2>
        <p className="small muted">{backSummary(profile)}</p>
        <ul className="list">
          <li>
            <Link href="/me/back">Movements you left out, exercises you are cleared for, clearance and notes</Link>
          </li>
        </ul>
      </section>
      <section className="card" aria-labelledby="your-data-h">
        <h2 id="your-data-h">Your data</h2>
        <ul className="list">
          <li>
            <Link href="/me/import">Import from Strong, Hevy, FitNotes or a Spotter backup</Link>
          </li>
          <li>
            <Link href="/me/export">Export your data and make a report for your clinician</Link>
          </li>
          <li>
            <Link href="/me/share">Share a read-only link with a physiotherapist or doctor</Link>
          </li>
        </ul>
      </section>
      <div className="card">
        <ul className="list">
          <li>
            <Link href="/about">About Spotter: what it is and is not</Link>
          </li>
          <li>
            <Link href="/history">Past sessions</Link>
          </li>
          <li>
            <Link href="/daily#reminders">Daily support and reminders: water, supplements, breaks, notifications</Link>
          </li>
        </ul>
      </div>
      <div className="card">
        <h2>Account</h2>
        <ul className="list">
          <li>
            <Link href="/me/account">Change your password, tokens for scripts, or delete your account</Link>
          </li>
          {me.data?.role === "admin" && (
            <li>
              <Link href="/me/admin">People on this Spotter: accounts and invites</Link>
            </li>
          )}
        </ul>
        {logout.isError && <p className="field-error">{messageOf(logout.error)}</p>}
        <button type="button" onClick={() => logout.mutate()} disabled={logout.isPending}>
          Log out
        </button>
      </div>
    </section>
  );
}
