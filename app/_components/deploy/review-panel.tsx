// The review step: a plain summary, the constructor's arguments as entered and as encoded, the
// dry-run's verdict in words, what it will cost, and the link check. Pure display.
import type { TReview } from "@/lib/deployments/review-deployment";
import { ChainValue } from "@/app/_components/networks/chain-value";
import { TestTokens } from "@/app/_components/networks/test-tokens";
import { card, mono } from "./ui";

const num = (s: string) => BigInt(s).toLocaleString("en-US");

export function ReviewPanel({ review, onFunded }: { review: TReview; onFunded?: () => void }) {
  const v = review.verdict;
  return (
    <div className="space-y-4" data-testid="review">
      {review.warning && <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">{review.warning}</p>}
      <section className={card} aria-labelledby="review-summary">
        <h2 id="review-summary" className="mb-2 text-lg font-semibold">What will be created</h2>
        <p className="text-sm text-stone-800">{review.summary}</p>
        <p className="mt-2 text-sm text-stone-600">Its address will be <ChainValue value={review.address} kind="account" network={review.network} testId="review-address" />.</p>
        <p className="mt-1 text-sm text-stone-600">You sign with <ChainValue value={review.signer} kind="account" network={review.network} shorten />.</p>
      </section>
      {review.mapping && <MappingNote mapping={review.mapping} />}
      <section className={card} aria-labelledby="review-args">
        <h2 id="review-args" className="mb-2 text-lg font-semibold">Constructor “{review.constructorName}”</h2>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="text-xs uppercase tracking-wide text-stone-500">
              <tr><th className="py-1 pr-3">Argument</th><th className="py-1 pr-3">Comes from</th><th className="py-1 pr-3">As entered</th><th className="py-1">As the contract receives it</th></tr>
            </thead>
            <tbody>
              {review.args.map((a) => (
                <tr key={a.name} className="border-t border-stone-100 align-top">
                  <td className="py-1.5 pr-3"><code className="font-mono text-xs">{a.name}</code> <span className="text-xs text-stone-500">{a.type}</span></td>
                  <td className="py-1.5 pr-3 text-stone-700">{a.from}</td>
                  <td className={`py-1.5 pr-3 ${mono}`}>{a.entered}</td>
                  <td className={`py-1.5 ${mono}`}>{a.encoded}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <details className="mt-2 text-xs text-stone-600">
          <summary className="cursor-pointer">Encoded call data</summary>
          <p className={`mt-1 ${mono}`}>{review.inputData}</p>
        </details>
      </section>
      <section className={card} aria-labelledby="review-dry-run" data-testid="dry-run">
        <h2 id="review-dry-run" className="mb-2 text-lg font-semibold">Dry-run</h2>
        {v.ok ? (
          <p className="text-sm font-medium text-emerald-800">✓ The deploy will succeed with these values (simulated on the network just now, nothing was sent).</p>
        ) : v.code === "AccountUnmapped" ? (
          <p className="text-sm text-stone-800" data-testid="dry-run-after-mapping">{v.message}</p>
        ) : (
          <p role="alert" className="text-sm text-red-800"><span className="font-medium">✗ The deploy would fail.</span> {v.message}</p>
        )}
        <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
          <div><dt className="inline text-stone-600">Gas (computation): </dt><dd className="inline">{num(review.gas.refTime)}</dd></div>
          <div><dt className="inline text-stone-600">Gas (proof size): </dt><dd className="inline">{num(review.gas.proofSize)} bytes</dd></div>
          <div><dt className="inline text-stone-600">Storage deposit: </dt><dd className="inline" data-testid="storage-deposit">{review.deposit}</dd></div>
          {review.fee && <div><dt className="inline text-stone-600">Transaction fee: </dt><dd className="inline">about {review.fee}</dd></div>}
          {review.balance && <div><dt className="inline text-stone-600">Your available balance: </dt><dd className="inline">{review.balance}</dd></div>}
        </dl>
        {!review.fee && <p className="mt-2 text-sm text-stone-700">Transaction fee: not known until the dry-run succeeds — a deploy always costs a fee.</p>}
        <p className="mt-2 text-xs text-stone-500">The storage deposit is held, not spent: it comes back if the contract is removed.</p>
        {review.funding.low && <div className="mt-3"><TestTokens network={review.network.slug} address={review.signer} faucet={review.funding.faucet} onFunded={onFunded} /></div>}
      </section>
      {review.link && (
        <section className={card} aria-labelledby="review-link">
          <h2 id="review-link" className="mb-2 text-lg font-semibold">Link to your contract</h2>
          <p className="text-sm text-stone-700">{review.link.explain}</p>
          <p className="mt-2 text-sm">
            Your contract <ChainValue value={review.link.address} kind="account" network={review.network} />:{" "}
            {review.link.ok ? <span className="text-emerald-800">✓ found, answers {review.link.messages.join(", ") || "what is needed"}.</span> : <span role="alert" className="text-red-800">✗ {review.link.message}</span>}
          </p>
          {review.link.warning && <p role="alert" className="mt-2 rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">{review.link.warning}</p>}
        </section>
      )}
    </div>
  );
}

/** pallet-revive's one-time account mapping, explained; signed together with the deploy when needed. */
function MappingNote({ mapping }: { mapping: NonNullable<TReview["mapping"]> }) {
  return (
    <section className={card} aria-labelledby="review-mapping" data-testid="account-mapping">
      <h2 id="review-mapping" className="mb-2 text-lg font-semibold">
        {mapping.mapped ? "Your contract address" : "One-time step: link your account"}
      </h2>
      <p className="text-sm text-stone-800">{mapping.explain}</p>
      <p className={`mt-2 break-all text-xs text-stone-600 ${mono}`}>{mapping.h160}</p>
    </section>
  );
}
