// The review's "Technical details", folded: the constructor and each argument's type, value as
// entered and as the contract receives it, the encoded call data and the gas the dry-run measured.
import type { TReview } from "@/lib/deployments/review-deployment";
import { monoClass } from "@/app/_components/ui/classes";
import { gasWords } from "./cost-words";

export function ReviewTechnical({ review }: { review: TReview }) {
  return (
    <details
      className="min-w-0 rounded-lg border border-stone-200 bg-stone-50 p-4 text-sm"
      data-testid="review-technical"
    >
      <summary className="cursor-pointer font-medium text-stone-700">Technical details (for developers)</summary>
      <p className="mt-2 text-stone-700">
        Constructor <code className="font-mono text-xs">{review.constructorName}</code>, with these arguments:
      </p>
      <ul className="mt-2 space-y-2">
        {review.args.map((a) => (
          <li key={a.name} className="min-w-0 rounded border border-stone-200 bg-white p-2">
            <p>
              <code className="font-mono text-xs">{a.name}</code>{" "}
              <span className="text-xs text-stone-500">{a.type}</span>
            </p>
            <p className="text-xs text-stone-600">
              As entered: <span className={monoClass}>{a.entered}</span>
            </p>
            <p className="text-xs text-stone-600">
              As the contract receives it: <span className={monoClass}>{a.encoded}</span>
            </p>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-xs text-stone-600">Encoded call data:</p>
      <p className={monoClass}>{review.inputData}</p>
      <dl className="mt-3 space-y-1 text-xs text-stone-700">
        <div>
          <dt className="inline">Gas, computation (refTime): </dt>
          <dd className="inline">{gasWords(review.gas.refTime)}</dd>
        </div>
        <div>
          <dt className="inline">Gas, proof size: </dt>
          <dd className="inline">{gasWords(review.gas.proofSize, "bytes")}</dd>
        </div>
        <div>
          <dt className="inline">Code already on the network: </dt>
          <dd className="inline">{review.codeOnChain ? "yes" : "no, uploaded with this deploy"}</dd>
        </div>
      </dl>
    </details>
  );
}
