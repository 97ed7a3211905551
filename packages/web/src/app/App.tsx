/** Routes of the app. Every screen has its own address, so deep links and the back button work. */
import { useQuery } from "@tanstack/react-query";
import { type ComponentType, type LazyExoticComponent, lazy, Suspense, useEffect } from "react";
import { Redirect, Route, Switch, useLocation } from "wouter";
import { accountApi } from "../api/account.js";
import { messageOf } from "../api/errors.js";
import { accountKeys } from "../api/keys.js";
import { outbox } from "../api/sync.js";
import { UndoBar } from "../components/log/UndoBar.js";
import { useProfile } from "../lib/queries.js";
import { Shell } from "./Shell.js";

// Every screen loads on first visit, so the first script of any page holds only React, the router, the query client
// and this shell (the budget test in e2e/bundle-budget.test.mjs keeps it so); the service worker still caches every
// part, so each screen opens offline too. `screen` takes a screen module's named export.
function screen<P extends object>(load: () => Promise<ComponentType<P>>): LazyExoticComponent<ComponentType<P>> {
  return lazy(() => load().then((component) => ({ default: component })));
}
const LoginScreen = screen(() => import("../screens/Auth.js").then((m) => m.LoginScreen));
const RegisterScreen = screen(() => import("../screens/Auth.js").then((m) => m.RegisterScreen));
const ResetPasswordScreen = screen(() => import("../screens/ResetPassword.js").then((m) => m.ResetPasswordScreen));
const AdminScreen = screen(() => import("../screens/Admin.js").then((m) => m.AdminScreen));
const TodayScreen = screen(() => import("../screens/Today.js").then((m) => m.TodayScreen));
const NoticeScreen = screen(() => import("../screens/Notice.js").then((m) => m.NoticeScreen));
const OnboardingProfileScreen = screen(() =>
  import("../screens/OnboardingProfile.js").then((m) => m.OnboardingProfileScreen),
);
const OnboardingBackScreen = screen(() => import("../screens/OnboardingBack.js").then((m) => m.OnboardingBackScreen));
const CheckinScreen = screen(() => import("../screens/Checkin.js").then((m) => m.CheckinScreen));
const RedFlagsScreen = screen(() => import("../screens/RedFlags.js").then((m) => m.RedFlagsScreen));
const InflammatoryScreen = screen(() => import("../screens/Inflammatory.js").then((m) => m.InflammatoryScreen));
const LiveSessionScreen = screen(() => import("../screens/LiveSession.js").then((m) => m.LiveSessionScreen));
const HistoryScreen = screen(() => import("../screens/History.js").then((m) => m.HistoryScreen));
const SessionDetailScreen = screen(() => import("../screens/SessionDetail.js").then((m) => m.SessionDetailScreen));
const PlanScreen = screen(() => import("../screens/Plan.js").then((m) => m.PlanScreen));
const LibraryScreen = screen(() => import("../screens/Library.js").then((m) => m.LibraryScreen));
const NewExerciseScreen = screen(() => import("../screens/NewExercise.js").then((m) => m.NewExerciseScreen));
const ExercisePageScreen = screen(() => import("../screens/ExercisePage.js").then((m) => m.ExercisePageScreen));
const MeScreen = screen(() => import("../screens/Me.js").then((m) => m.MeScreen));
const ProfileEditScreen = screen(() => import("../screens/ProfileEdit.js").then((m) => m.ProfileEditScreen));
const DailyScreen = screen(() => import("../screens/Daily.js").then((m) => m.DailyScreen));
const LearnScreen = screen(() => import("../screens/Learn.js").then((m) => m.LearnScreen));
const LearnPieceScreen = screen(() => import("../screens/LearnPiece.js").then((m) => m.LearnPieceScreen));
const AccountScreen = screen(() => import("../screens/Account.js").then((m) => m.AccountScreen));
const BackScreen = screen(() => import("../screens/Back.js").then((m) => m.BackScreen));
const ExportScreen = screen(() => import("../screens/Export.js").then((m) => m.ExportScreen));
const ImportScreen = screen(() => import("../screens/Import.js").then((m) => m.ImportScreen));
const InsightsScreen = screen(() => import("../screens/Insights.js").then((m) => m.InsightsScreen));
const ShareScreen = screen(() => import("../screens/Share.js").then((m) => m.ShareScreen));
// The reminder banner runs on every signed-in screen but is never needed for the first paint.
const ReminderHost = screen(() => import("../components/daily/ReminderHost.js").then((m) => m.ReminderHost));

/** What a screen shows while its code arrives (a moment online; the service worker has it offline). */
function Loading() {
  return (
    <p className="loading" role="status">
      Loading…
    </p>
  );
}

/** The whole app: public auth screens, and everything else behind the profile check. */
export function App() {
  return (
    <Switch>
      <Route path="/login">
        <Suspense fallback={<Loading />}>
          <LoginScreen />
        </Suspense>
      </Route>
      <Route path="/register">
        <Suspense fallback={<Loading />}>
          <RegisterScreen />
        </Suspense>
      </Route>
      <Route path="/reset-password">
        <Suspense fallback={<Loading />}>
          <ResetPasswordScreen />
        </Suspense>
      </Route>
      <Route>
        <Signed />
      </Route>
    </Switch>
  );
}

/** Screens that need a signed-in user; a first login goes through the notice before anything else. */
function Signed() {
  const profile = useProfile();
  // The outbox sends and shows only the signed-in account's entries: it learns who that is here.
  const me = useQuery({ queryKey: accountKeys.me, queryFn: accountApi.me, staleTime: 5 * 60_000 });
  useEffect(() => {
    if (me.data?.id) outbox.setUser(me.data.id);
  }, [me.data?.id]);
  const [location] = useLocation();
  // A profile kept on the phone opens the app even when the server cannot be reached (offline first).
  if (profile.isPending && !profile.data) {
    return (
      <Shell bare>
        <p className="loading" role="status">
          Loading your profile…
        </p>
      </Shell>
    );
  }
  if (!profile.data) {
    return (
      <Shell bare>
        <div className="error-box" role="alert">
          <p>{messageOf(profile.error)}</p>
          <button type="button" onClick={() => profile.refetch()}>
            Try again
          </button>
        </div>
      </Shell>
    );
  }
  const accepted = Boolean(profile.data.noticeAcceptedAt);
  if (!accepted && location !== "/welcome" && location !== "/about") return <Redirect to="/welcome" replace />;
  return (
    <Shell>
      <Suspense fallback={null}>
        <ReminderHost />
      </Suspense>
      <UndoBar />
      <Suspense fallback={<Loading />}>
        <Switch>
          <Route path="/" component={TodayScreen} />
          <Route path="/welcome">{() => <NoticeScreen mode="accept" />}</Route>
          <Route path="/welcome/profile" component={OnboardingProfileScreen} />
          <Route path="/welcome/back" component={OnboardingBackScreen} />
          <Route path="/about">{() => <NoticeScreen mode="read" />}</Route>
          <Route path="/checkin" component={CheckinScreen} />
          <Route path="/checkin/red-flags" component={RedFlagsScreen} />
          <Route path="/checkin/inflammatory" component={InflammatoryScreen} />
          <Route path="/session/:id" component={LiveSessionScreen} />
          <Route path="/history" component={HistoryScreen} />
          <Route path="/history/:id" component={SessionDetailScreen} />
          <Route path="/plan" component={PlanScreen} />
          <Route path="/insights" component={InsightsScreen} />
          <Route path="/library" component={LibraryScreen} />
          <Route path="/library/new" component={NewExerciseScreen} />
          <Route path="/library/:id" component={ExercisePageScreen} />
          <Route path="/me" component={MeScreen} />
          <Route path="/me/account" component={AccountScreen} />
          <Route path="/me/admin" component={AdminScreen} />
          <Route path="/me/back" component={BackScreen} />
          <Route path="/me/profile" component={ProfileEditScreen} />
          <Route path="/me/import" component={ImportScreen} />
          <Route path="/me/export" component={ExportScreen} />
          <Route path="/me/share" component={ShareScreen} />
          <Route path="/daily" component={DailyScreen} />
          <Route path="/learn" component={LearnScreen} />
          <Route path="/learn/:id" component={LearnPieceScreen} />
          <Route>
            <h1>Page not found</h1>
            <p>
              This address does not lead anywhere in Spotter. <a href="/">Go to Today</a>.
            </p>
          </Route>
        </Switch>
      </Suspense>
    </Shell>
  );
}
