/** Registration modes and invites (issue 20; API.md "Server settings" and "Added 2026-12", Operations). */
import { testEngines } from "@spotter/db/testing";
import { afterEach, describe, expect, it } from "vitest";
import { secretHash } from "../auth/secrets.js";
import { startTestServer, TestClient, type TestServer } from "../testing/harness.js";

const DAY = 86_400_000;
const PASSWORD = "correct horse 1";

for (const engine of testEngines()) {
  describe(`registration on ${engine.name}`, () => {
    let server: TestServer;
    afterEach(async () => server.close());

    const client = () => new TestClient(server.url);
    const register = (email: string, invite?: string) =>
      client().post("/auth/register", { email, password: PASSWORD, ...(invite ? { invite } : {}) });
    const inviteToken = (url: string) => url.split("#invite=")[1] as string;

    it("invite mode: the first account registers freely and is the admin; later ones need an invite", async () => {
      server = await startTestServer(engine, { registration: "invite" });
      expect((await client().get("/auth/registration")).body).toEqual({ mode: "invite", inviteRequired: false });
      const admin = client();
      const first = await admin.post("/auth/register", { email: "owner@example.com", password: PASSWORD });
      expect(first.status).toBe(201);
      expect(first.body.user.role).toBe("admin");
      expect((await admin.get("/auth/me")).body.user.role).toBe("admin");
      expect((await client().get("/auth/registration")).body).toEqual({ mode: "invite", inviteRequired: true });

      const refused = await register("member@example.com");
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe("INVITE_REQUIRED");
      expect(refused.body.error.details).toEqual([{ path: "invite", message: "is required" }]);
      expect(refused.headers.get("set-cookie")).toBeNull();

      const made = await admin.post("/admin/invites", {});
      expect(made.status).toBe(201);
      expect(made.body.url).toMatch(/^\/register#invite=[A-Za-z0-9_-]{20,}$/);
      expect(made.body.email).toBeNull();
      const token = inviteToken(made.body.url);
      const joined = await register("member@example.com", token);
      expect(joined.status).toBe(201);
      expect(joined.body.user.role).toBe("user");
      // Single use.
      const again = await register("second@example.com", token);
      expect(again.status).toBe(403);
      expect(again.body.error.details).toEqual([{ path: "invite", message: "is used or expired" }]);
      const listed = await admin.get("/admin/invites");
      expect(listed.body).toHaveLength(1);
      expect(listed.body[0]).toMatchObject({ id: made.body.id, status: "used", email: null });
      expect(JSON.stringify(listed.body)).not.toContain(token);
      // Only the hash is stored.
      const rows = await server.db.kysely.selectFrom("invites").selectAll().execute();
      expect(JSON.stringify(rows)).not.toContain(token);
    });

    it("an invite expires after 7 days, one made for an email admits only it, and a withdrawn one admits nobody", async () => {
      server = await startTestServer(engine, { registration: "invite" });
      const start = Date.parse("2026-11-25T09:00:00Z");
      const admin = client();
      await admin.post("/auth/register", { email: "owner@example.com", password: PASSWORD });
      const old = await admin.post("/admin/invites", {});
      const forAlex = await admin.post("/admin/invites", { email: " Alex@Example.com " });
      expect(forAlex.body.email).toBe("alex@example.com");
      const withdrawn = await admin.post("/admin/invites", {});
      expect((await admin.del(`/admin/invites/${withdrawn.body.id}`)).status).toBe(204);
      expect((await admin.del(`/admin/invites/${withdrawn.body.id}`)).status).toBe(404);
      expect((await register("x@example.com", inviteToken(withdrawn.body.url))).status).toBe(403);

      const wrong = await register("sam@example.com", inviteToken(forAlex.body.url));
      expect(wrong.status).toBe(403);
      expect(wrong.body.error.details).toEqual([{ path: "email", message: "is not the one the invite was made for" }]);
      expect((await register("alex@example.com", inviteToken(forAlex.body.url))).status).toBe(201);

      server.setNow(start + 7 * DAY + 1);
      const late = await register("late@example.com", inviteToken(old.body.url));
      expect(late.status).toBe(403);
      const statuses = Object.fromEntries(
        (await admin.get("/admin/invites")).body.map((i: { id: string; status: string }) => [i.id, i.status]),
      );
      expect(statuses).toEqual({ [old.body.id]: "expired", [forAlex.body.id]: "used" });
    });

    it("open mode: anyone registers; only the first account is the admin", async () => {
      server = await startTestServer(engine, { registration: "open" });
      const roles = [];
      for (let i = 0; i < 3; i++) roles.push((await register(`u${i}@example.com`)).body.user.role);
      expect(roles).toEqual(["admin", "user", "user"]);
      expect((await client().get("/auth/registration")).body).toEqual({ mode: "open", inviteRequired: false });
    });

    it("closed mode: the first account only; no invite is made, and an old one does not open it", async () => {
      server = await startTestServer(engine, { registration: "closed" });
      const admin = client();
      expect((await admin.post("/auth/register", { email: "owner@example.com", password: PASSWORD })).status).toBe(201);
      const invite = await admin.post("/admin/invites", {});
      expect(invite.status).toBe(409);
      expect(invite.body.error.message).toMatch(/closed to new accounts/);
      // An invite made while the server ran in invite mode does not open it either.
      const made = await server.db.kysely
        .insertInto("invites")
        .values({
          id: "i1",
          token_hash: secretHash("old-invite"),
          email: null,
          created_by: null,
          created_at: 0,
          expires_at: 9e15,
        })
        .execute();
      expect(made).toHaveLength(1);
      const r = await register("member@example.com", "old-invite");
      expect(r.status).toBe(403);
      expect(r.body.error.code).toBe("INVITE_REQUIRED");
      expect(r.body.error.message).toMatch(/not taking new accounts/);
    });

    it("two first registrations at once on an empty database make exactly one admin", async () => {
      server = await startTestServer(engine, { registration: "invite" });
      const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => register(`race${i}@example.com`)));
      const created = answers.filter((a) => a.status === 201);
      expect(created).toHaveLength(1);
      expect(created[0]?.body.user.role).toBe("admin");
      for (const a of answers.filter((x) => x.status !== 201)) expect(a.body.error.code).toBe("INVITE_REQUIRED");
      const admins = await server.db.kysely.selectFrom("users").select("id").where("role", "=", "admin").execute();
      expect(admins).toHaveLength(1);
    });
  });
}
