import { describe, expect, it } from "vitest";
import { absoluteLink, fragmentValue } from "./admin.js";

describe("handover links", () => {
  it("read a token from the fragment, where no server log sees it", () => {
    expect(fragmentValue("#invite=abc_DEF-123", "invite")).toBe("abc_DEF-123");
    expect(fragmentValue("#token=xyz", "invite")).toBeNull();
    expect(fragmentValue("", "token")).toBeNull();
  });

  it("make a root-relative link absolute with this page's origin, and keep an absolute one", () => {
    expect(absoluteLink("/register#invite=a", "https://gym.example")).toBe("https://gym.example/register#invite=a");
    expect(absoluteLink("https://spotter.example/reset-password#token=b", "http://x")).toBe(
      "https://spotter.example/reset-password#token=b",
    );
  });
});
