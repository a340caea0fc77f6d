// The review step, plain words first: what will be created, your answers, whether it will work and
// what it costs ("you will pay about X and lock Y"), the link check. Everything technical (the
// constructor, argument types and encodings, call data, gas) is folded under "Technical details".
// Pure display: the data comes from lib/deployments/review-deployment.ts.
import type { TReview } from "@/lib/deployments/review-deployment";
import { ChainValue } from "@/app/_components/networks/chain-value";
import { TestTokens } from "@/app/_components/networks/test-tokens";
import { ReviewAnswers } from "./review-answers";
import { ReviewTechnical } from "./review-technical";
import { UNKNOWN_COST } from "./cost-words";
import { Card } from "@/app/_components/ui";

export function ReviewPanel({ review, onFunded }: { review: TReview; onFunded?: () => void }) {
  const v = review.verdict;
  return (
    <div className="min-w-0 space-y-4 [overflow-wrap:anywhere]" data-testid="review">
      {review.warning && (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {review.warning}
        </p>
      )}
      <Card aria-labelledby="review-summary">
        <h2 id="review-summary" className="mb-2 text-lg font-semibold">
          What will be created
        </h2>
        <p className="text-sm text-stone-800">{review.summary}</p>
        <p className="mt-2 text-sm text-stone-600">
          Its address will be{" "}
          <ChainValue value={review.address} kind="account" network={review.network} testId="review-address" />
        </p>
        <p className="mt-1 text-sm text-stone-600">
          You sign with <ChainValue value={review.signer} kind="account" network={review.network} shorten />
        </p>
      </Card>
      {review.mapping && <MappingNote mapping={review.mapping} />}
      <ReviewAnswers args={review.args} />
      <Card aria-labelledby="review-dry-run" data-testid="dry-run">
        <h2 id="review-dry-run" className="mb-2 text-lg font-semibold">
          Will it work, and what does it cost?
        </h2>
        {v.ok ? (
          <p className="text-sm font-medium text-emerald-800">
            ✓ The deploy will succeed with these values (tried on the network just now; nothing was sent).
          </p>
        ) : v.code === "AccountUnmapped" ? (
          <p className="text-sm text-stone-800" data-testid="dry-run-after-mapping">
            {v.message}
          </p>
        ) : (
          <p role="alert" className="text-sm text-red-800">
            <span className="font-medium">✗ The deploy would fail.</span> {v.message}
          </p>
        )}
        {v.ok || v.code !== "AccountUnmapped" ? <CostLine review={review} /> : null}
        {review.funding.low && (
          <div className="mt-3">
            <TestTokens
              network={review.network.slug}
              address={review.signer}
              faucet={review.funding.faucet}
              onFunded={onFunded}
            />
          </div>
        )}
      </Card>
      {review.link && (
        <Card aria-labelledby="review-link">
          <h2 id="review-link" className="mb-2 text-lg font-semibold">
            Link to your contract
          </h2>
          <p className="text-sm text-stone-700">{review.link.explain}</p>
          <p className="mt-2 text-sm">
            Your contract <ChainValue value={review.link.address} kind="account" network={review.network} />:{" "}
            {review.link.ok ? (
              <span className="text-emerald-800">✓ found, and it answers what the link needs.</span>
            ) : (
              <span role="alert" className="text-red-800">
                ✗ {review.link.message}
              </span>
            )}
          </p>
          {review.link.warning && (
            <p role="alert" className="mt-2 rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
              {review.link.warning}
            </p>
          )}
        </Card>
      )}
      <ReviewTechnical review={review} />
    </div>
  );
}

/** "You will pay about X and lock Y", with the token named. A failed dry-run measures nothing: no 0 that looks free. */
function CostLine({ review }: { review: TReview }) {
  const symbol = review.network.tokenSymbol;
  const where = review.network.name;
  return (
    <div className="mt-3 space-y-2 text-sm text-stone-800" data-testid="review-cost">
      {review.fee ? (
        <p>
          You will pay about <span className="font-medium">{review.fee}</span> (the network’s fee) and lock{" "}
          <span className="font-medium" data-testid="storage-deposit">
            {review.deposit}
          </span>{" "}
          (a deposit for the contract’s stored data, returned when the contract is removed)
          {review.total && (
            <>
              : <span className="font-medium">{review.total}</span> in all
            </>
          )}
          .
        </p>
      ) : (
        <p data-testid="cost-unknown">{UNKNOWN_COST}</p>
      )}
      {review.balance && <p className="text-stone-600">Your account has {review.balance} available.</p>}
      {symbol && (
        <p className="text-xs text-stone-500">
          {symbol} is the token of {where ?? "this network"}: fees and deposits are paid in it, from the account you
          sign with.
        </p>
      )}
    </div>
  );
}

/** pallet-revive's one-time account mapping, explained; signed together with the deploy when needed. */
function MappingNote({ mapping }: { mapping: NonNullable<TReview["mapping"]> }) {
  return (
    <Card aria-labelledby="review-mapping" data-testid="account-mapping">
      <h2 id="review-mapping" className="mb-2 text-lg font-semibold">
        {mapping.mapped ? "Your contract address" : "One-time step: link your account"}
      </h2>
      <p className="text-sm text-stone-800 [overflow-wrap:anywhere]">{mapping.explain}</p>
    </Card>
  );
}
