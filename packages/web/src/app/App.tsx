/** Routes of the app. Every screen has its own address, so deep links and the back button work. */
import { lazy, Suspense } from "react";
import { Redirect, Route, Switch, useLocation } from "wouter";
import { messageOf } from "../api/errors.js";
import { ReminderHost } from "../components/daily/ReminderHost.js";
import { UndoBar } from "../components/log/UndoBar.js";
import { useProfile } from "../lib/queries.js";
import { LoginScreen, RegisterScreen } from "../screens/Auth.js";
import { CheckinScreen } from "../screens/Checkin.js";
import { DailyScreen } from "../screens/Daily.js";
import { ExercisePageScreen } from "../screens/ExercisePage.js";
import { HistoryScreen } from "../screens/History.js";
import { LearnScreen } from "../screens/Learn.js";
import { LearnPieceScreen } from "../screens/LearnPiece.js";
import { LibraryScreen } from "../screens/Library.js";
import { LiveSessionScreen } from "../screens/LiveSession.js";
import { MeScreen } from "../screens/Me.js";
import { NewExerciseScreen } from "../screens/NewExercise.js";
import { NoticeScreen } from "../screens/Notice.js";
import { OnboardingBackScreen } from "../screens/OnboardingBack.js";
import { OnboardingProfileScreen } from "../screens/OnboardingProfile.js";
import { PlanScreen } from "../screens/Plan.js";
import { ProfileEditScreen } from "../screens/ProfileEdit.js";
import { RedFlagsScreen } from "../screens/RedFlags.js";
import { SessionDetailScreen } from "../screens/SessionDetail.js";
import { TodayScreen } from "../screens/Today.js";
import { Shell } from "./Shell.js";

// Screens a user opens now and then load on first visit (Insights carries the chart library); the service worker
// still caches every part, so they open offline too.
const AccountScreen = lazy(() => import("../screens/Account.js").then((m) => ({ default: m.AccountScreen })));
const BackScreen = lazy(() => import("../screens/Back.js").then((m) => ({ default: m.BackScreen })));
const ExportScreen = lazy(() => import("../screens/Export.js").then((m) => ({ default: m.ExportScreen })));
const ImportScreen = lazy(() => import("../screens/Import.js").then((m) => ({ default: m.ImportScreen })));
const InsightsScreen = lazy(() => import("../screens/Insights.js").then((m) => ({ default: m.InsightsScreen })));
const ShareScreen = lazy(() => import("../screens/Share.js").then((m) => ({ default: m.ShareScreen })));

/** The whole app: public auth screens, and everything else behind the profile check. */
export function App() {
  return (
    <Switch>
      <Route path="/login" component={LoginScreen} />
      <Route path="/register" component={RegisterScreen} />
      <Route>
        <Signed />
      </Route>
    </Switch>
  );
}

/** Screens that need a signed-in user; a first login goes through the notice before anything else. */
function Signed() {
  const profile = useProfile();
  const [location] = useLocation();
  if (profile.isPending) {
    return (
      <Shell bare>
        <p className="loading" role="status">
          Loading your profile…
        </p>
      </Shell>
    );
  }
  if (profile.isError) {
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
      <ReminderHost />
      <UndoBar />
      <Suspense fallback={<p className="loading">Loading…</p>}>
        <Switch>
          <Route path="/" component={TodayScreen} />
          <Route path="/welcome">{() => <NoticeScreen mode="accept" />}</Route>
          <Route path="/welcome/profile" component={OnboardingProfileScreen} />
          <Route path="/welcome/back" component={OnboardingBackScreen} />
          <Route path="/about">{() => <NoticeScreen mode="read" />}</Route>
          <Route path="/checkin" component={CheckinScreen} />
          <Route path="/checkin/red-flags" component={RedFlagsScreen} />
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
