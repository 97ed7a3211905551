import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { navigate } from "wouter/use-browser-location";
import { setUnauthorizedHandler } from "./api/client.js";
import { ApiError } from "./api/errors.js";
import { startSync } from "./api/sync.js";
import { App } from "./app/App.js";
import { persistQueryCache } from "./lib/persistCache.js";
import "./styles/app.css";

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not change by asking again; a network blip might.
      retry: (count, e) => !(e instanceof ApiError && e.status >= 400 && e.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
    // Writes that must survive no signal go through the outbox, which handles being offline itself; a mutation
    // must therefore run at once even offline, not wait paused for the connection (TanStack's default).
    mutations: { networkMode: "always" },
  },
});

// Offline first (issue 16): the last answers come back from the device before the first render, and the outbox
// sends what waits by itself from now on.
persistQueryCache(queryClient);
startSync(queryClient);

setUnauthorizedHandler(() => {
  queryClient.clear();
  const here = window.location.pathname;
  if (here !== "/login" && here !== "/register") navigate(`/login?next=${encodeURIComponent(here)}`, { replace: true });
});

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}
