// A field people never see or reach (hidden from sight, from the keyboard and from screen
// readers); automated spam fills it in, and the server then refuses the message.
export function Honeypot() {
  return (
    <div className="honeypot" aria-hidden="true">
      <label htmlFor="website">Leave this empty</label>
      <input type="text" id="website" name="website" tabIndex={-1} autoComplete="off" />
    </div>
  );
}
