/** Account (UX.md Me: "account (change password, delete)"): the password, personal tokens, and the danger zone. */
import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { accountApi } from "../api/account.js";
import { DeleteAccount } from "../components/account/DeleteAccount.js";
import { PasswordForm } from "../components/account/PasswordForm.js";
import { TokenSection } from "../components/account/TokenSection.js";
import "../styles/data.css";
import "../styles/account.css";
import { accountKeys } from "../api/keys.js";

/** The account screen (route /me/account). */
export function AccountScreen() {
  const me = useQuery({ queryKey: accountKeys.me, queryFn: accountApi.me, staleTime: 5 * 60_000 });
  return (
    <section className="data-screen acct">
      <Link href="/me" className="data-back">
        ← Me
      </Link>
      <h1>Your account</h1>
      <p className="acct-email">
        {me.data ? (
          <>
            You log in as <strong>{me.data.email}</strong>.
          </>
        ) : (
          "Your password, tokens for scripts, and deleting your account."
        )}
      </p>
      <PasswordForm />
      <TokenSection />
      <DeleteAccount />
    </section>
  );
}
