// The message at the top of a form that failed, announced as an alert (GOV.UK pattern).
export function ErrorSummary({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <div className="error-summary" role="alert">
      <p>{message}</p>
    </div>
  );
}
