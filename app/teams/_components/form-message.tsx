// A form's outcome line: the server's plain message (role=alert) or a quiet confirmation.
export function FormMessage({ error, success }: { error?: string | null; success?: string | null }) {
  if (error)
    return (
      <p role="alert" className="text-sm text-red-700">
        {error}
      </p>
    );
  if (success)
    return (
      <p role="status" className="text-sm text-emerald-700">
        {success}
      </p>
    );
  return null;
}
